//===- TorchMlirCoreModule.cpp - torch_mlir_core._native -----------------===//
//
// Python bindings of the Torch dialect. This file sees only the MLIR C API and
// TorchCAPI.h: it is built with RTTI/exceptions (nanobind needs them), the
// dialect library without (like the LLVM it links against).
//
//===----------------------------------------------------------------------===//

#include "mlir-c/IR.h"
#include "mlir/Bindings/Python/Nanobind.h"
#include "mlir/Bindings/Python/NanobindAdaptors.h"
#include "torch-mlir-core/CAPI/TorchCAPI.h"

#include <optional>
#include <string>
#include <vector>

namespace nb = nanobind;
using mlir::python::nanobind_adaptors::mlir_type_subclass;

static MlirStringRef toStringRef(const std::string &s) {
  return mlirStringRefCreate(s.data(), s.size());
}

static MlirType dtypeOrNull(std::optional<MlirType> dtype) {
  return dtype ? *dtype : MlirType{nullptr};
}

static nb::object optionalType(MlirType t) {
  if (mlirTypeIsNull(t))
    return nb::none();
  return nb::cast(t);
}

static nb::object tensorSizes(MlirType t) {
  intptr_t rank = torchMlirTensorTypeGetRank(t);
  if (rank < 0)
    return nb::none();
  const int64_t *sizes = torchMlirTensorTypeGetSizes(t);
  return nb::cast(std::vector<int64_t>(sizes, sizes + rank));
}

template <typename GetFn>
static void defineTensorClass(nb::module_ &m, const char *name,
                              bool (*isa)(MlirType), MlirTypeID (*typeID)(),
                              GetFn get) {
  mlir_type_subclass(m, name, isa, typeID)
      .def_classmethod(
          "get",
          [get](const nb::object &cls,
                std::optional<std::vector<int64_t>> sizes,
                std::optional<MlirType> dtype, MlirContext context) {
            intptr_t rank = sizes ? static_cast<intptr_t>(sizes->size()) : -1;
            return cls(get(context, rank, sizes ? sizes->data() : nullptr,
                           dtypeOrNull(dtype)));
          },
          nb::arg("cls"), nb::arg("sizes").none() = nb::none(),
          nb::arg("dtype").none() = nb::none(),
          nb::arg("context").none() = nb::none(),
          "Gets the type; `sizes=None` is unranked, -1 is an unknown size, "
          "`dtype=None` is an unknown dtype.")
      .def_property_readonly("sizes", &tensorSizes,
                             "The sizes (-1 = unknown), or None if unranked.")
      .def_property_readonly(
          "dtype",
          [](MlirType t) { return optionalType(torchMlirTensorTypeGetDtype(t)); },
          "The dtype as an MLIR type, or None if unknown.")
      .def_property_readonly(
          "has_sizes",
          [](MlirType t) { return torchMlirTensorTypeGetRank(t) >= 0; })
      .def_property_readonly(
          "has_dtype",
          [](MlirType t) {
            return !mlirTypeIsNull(torchMlirTensorTypeGetDtype(t));
          })
      .def(
          "to_builtin_tensor",
          [](MlirType t) {
            return optionalType(torchMlirTensorTypeToBuiltinTensor(t));
          },
          "The builtin `tensor<...>` of the same shape/dtype, or None if "
          "unranked or dtype-less.")
      .def(
          "with_value_semantics",
          [](MlirType t) { return torchMlirTensorTypeWithValueSemantics(t); })
      .def("without_value_semantics", [](MlirType t) {
        return torchMlirTensorTypeWithoutValueSemantics(t);
      });
}

NB_MODULE(_native, m) {
  m.doc() = "Native part of torch_mlir_core: the Torch dialect's registration "
            "and types.";

  m.def(
      "register_dialect",
      [](MlirContext context, bool load) {
        MlirDialectHandle handle = mlirGetDialectHandle__torch__();
        mlirDialectHandleRegisterDialect(handle, context);
        if (load)
          mlirDialectHandleLoadDialect(handle, context);
      },
      nb::arg("context").none() = nb::none(), nb::arg("load") = true,
      "Registers (and by default loads) the Torch dialect in a context.");

  m.def(
      "parse_module",
      [](MlirContext context, const std::string &source,
         const std::string &sourceName) -> nb::object {
        MlirModule module = torchMlirParseModule(context, toStringRef(source),
                                                 toStringRef(sourceName));
        if (mlirModuleIsNull(module))
          return nb::none();
        return nb::cast(module);
      },
      nb::arg("context").none(), nb::arg("source"), nb::arg("source_name"),
      "Parses and verifies a module with the given buffer name; None on "
      "failure (the diagnostics go to the context's handlers).");

  defineTensorClass(m, "ValueTensorType", torchMlirTypeIsAValueTensor,
                    torchMlirValueTensorTypeGetTypeID,
                    torchMlirValueTensorTypeGet);
  defineTensorClass(m, "NonValueTensorType", torchMlirTypeIsANonValueTensor,
                    torchMlirNonValueTensorTypeGetTypeID,
                    torchMlirNonValueTensorTypeGet);

  mlir_type_subclass(m, "ListType", torchMlirTypeIsAList,
                     torchMlirListTypeGetTypeID)
      .def_classmethod(
          "get",
          [](const nb::object &cls, MlirType element) {
            return cls(torchMlirListTypeGet(element));
          },
          nb::arg("cls"), nb::arg("element_type"))
      .def_property_readonly("element_type", [](MlirType t) {
        return torchMlirContainerTypeGetContained(t);
      });

  mlir_type_subclass(m, "OptionalType", torchMlirTypeIsAOptional,
                     torchMlirOptionalTypeGetTypeID)
      .def_classmethod(
          "get",
          [](const nb::object &cls, MlirType element) {
            return cls(torchMlirOptionalTypeGet(element));
          },
          nb::arg("cls"), nb::arg("element_type"))
      .def_property_readonly("element_type", [](MlirType t) {
        return torchMlirContainerTypeGetContained(t);
      });

  auto tupleElements = [](MlirType t) {
    std::vector<MlirType> elements;
    intptr_t n = torchMlirTupleLikeTypeGetNumElements(t);
    for (intptr_t i = 0; i < n; ++i)
      elements.push_back(torchMlirTupleLikeTypeGetElement(t, i));
    return elements;
  };
  mlir_type_subclass(m, "TupleType", torchMlirTypeIsATuple,
                     torchMlirTupleTypeGetTypeID)
      .def_classmethod(
          "get",
          [](const nb::object &cls, const std::vector<MlirType> &elements,
             MlirContext context) {
            return cls(torchMlirTupleTypeGet(context, elements.size(),
                                             elements.data()));
          },
          nb::arg("cls"), nb::arg("element_types"),
          nb::arg("context").none() = nb::none())
      .def_property_readonly("element_types", tupleElements);

  mlir_type_subclass(m, "DictType", torchMlirTypeIsADict,
                     torchMlirDictTypeGetTypeID)
      .def_classmethod(
          "get",
          [](const nb::object &cls, MlirType key, MlirType value) {
            return cls(torchMlirDictTypeGet(key, value));
          },
          nb::arg("cls"), nb::arg("key_type"), nb::arg("value_type"))
      .def_property_readonly("key_type",
                             [](MlirType t) { return torchMlirDictTypeGetKey(t); })
      .def_property_readonly("value_type", [](MlirType t) {
        return torchMlirDictTypeGetValue(t);
      });

  m.def(
      "union_type",
      [](const std::vector<MlirType> &elements, MlirContext context) {
        return torchMlirUnionTypeGet(context, elements.size(), elements.data());
      },
      nb::arg("element_types"), nb::arg("context").none() = nb::none());
  m.def("is_union_type", &torchMlirTypeIsAUnion);
  m.def("union_element_types", tupleElements);
  m.def(
      "nn_module_type",
      [](const std::string &className, MlirContext context) {
        return torchMlirNnModuleTypeGet(context, toStringRef(className));
      },
      nb::arg("class_name"), nb::arg("context").none() = nb::none());
  m.def(
      "leaf_type",
      [](const std::string &mnemonic, MlirContext context) {
        MlirType t = torchMlirLeafTypeGet(context, toStringRef(mnemonic));
        if (mlirTypeIsNull(t))
          throw nb::value_error(
              ("unknown Torch leaf type '" + mnemonic + "'").c_str());
        return t;
      },
      nb::arg("mnemonic"), nb::arg("context").none() = nb::none(),
      "A parameterless Torch type by mnemonic (int, float, bool, str, none, "
      "number, Device, Generator, any, LinearParams, qint8, quint8, qint32, "
      "quint4x2, quint2x4).");
  m.def(
      "packed_dtype_type",
      [](const std::string &name, MlirContext context) {
        return torchMlirPackedDtypeTypeGet(context, toStringRef(name));
      },
      nb::arg("name"), nb::arg("context").none() = nb::none());
  m.def("is_valid_dtype", &torchMlirTypeIsValidDtype, nb::arg("type"));
  m.def("is_torch_type", &torchMlirTypeIsATorchType, nb::arg("type"));
  m.def(
      "retype_dense_resource",
      [](MlirAttribute attr, MlirType type) {
        MlirAttribute result =
            torchMlirDenseResourceElementsAttrRetype(attr, type);
        if (mlirAttributeIsNull(result))
          throw nb::value_error("retype_dense_resource expects a "
                                "dense_resource attribute and a shaped type");
        return result;
      },
      nb::arg("attr"), nb::arg("type"),
      "The dense resource `attr` seen as the shaped `type` (same blob, no "
      "copy): e.g. an si64 resource as i64.");
  m.def(
      "dense_resource_data",
      [](MlirAttribute attr) -> nb::object {
        const void *data = nullptr;
        intptr_t size = 0;
        if (!torchMlirDenseResourceElementsAttrGetData(attr, &data, &size))
          return nb::none();
        return nb::make_tuple(reinterpret_cast<uintptr_t>(data), size);
      },
      nb::arg("attr"),
      "(address, size in bytes) of the blob of the dense resource `attr`, "
      "without a copy (valid while its context holds the blob); None if "
      "`attr` is not a dense resource or its blob is missing.");
}
