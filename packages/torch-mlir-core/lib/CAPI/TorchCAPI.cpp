//===- TorchCAPI.cpp - C API of the Torch dialect -------------------------===//

#include "torch-mlir-core/CAPI/TorchCAPI.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/StringSwitch.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchDialect.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.h"

using namespace mlir;
using namespace mlir::torch;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Torch, torch, mlir::torch::TorchDialect)

MlirModule torchMlirParseModule(MlirContext context, MlirStringRef source,
                                MlirStringRef sourceName) {
  ParserConfig config(unwrap(context));
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      unwrap(source), config, unwrap(sourceName));
  if (!module)
    return MlirModule{nullptr};
  return MlirModule{module.release().getOperation()};
}

//===----------------------------------------------------------------------===//
// Tensor types.
//===----------------------------------------------------------------------===//

static std::optional<ArrayRef<int64_t>> sizesOrNone(intptr_t rank,
                                                    const int64_t *sizes) {
  if (rank < 0)
    return std::nullopt;
  return ArrayRef<int64_t>(sizes, static_cast<size_t>(rank));
}

bool torchMlirTypeIsAValueTensor(MlirType t) {
  return isa<ValueTensorType>(unwrap(t));
}
bool torchMlirTypeIsANonValueTensor(MlirType t) {
  return isa<NonValueTensorType>(unwrap(t));
}
MlirType torchMlirValueTensorTypeGet(MlirContext ctx, intptr_t rank,
                                     const int64_t *sizes, MlirType dtype) {
  return wrap(ValueTensorType::get(unwrap(ctx), sizesOrNone(rank, sizes),
                                   unwrap(dtype)));
}
MlirType torchMlirNonValueTensorTypeGet(MlirContext ctx, intptr_t rank,
                                        const int64_t *sizes, MlirType dtype) {
  return wrap(NonValueTensorType::get(unwrap(ctx), sizesOrNone(rank, sizes),
                                      unwrap(dtype)));
}

static std::optional<ArrayRef<int64_t>> tensorSizes(MlirType t) {
  Type type = unwrap(t);
  if (auto v = dyn_cast<ValueTensorType>(type))
    return v.getOptionalSizes();
  return cast<NonValueTensorType>(type).getOptionalSizes();
}

intptr_t torchMlirTensorTypeGetRank(MlirType t) {
  std::optional<ArrayRef<int64_t>> sizes = tensorSizes(t);
  return sizes ? static_cast<intptr_t>(sizes->size()) : -1;
}
const int64_t *torchMlirTensorTypeGetSizes(MlirType t) {
  std::optional<ArrayRef<int64_t>> sizes = tensorSizes(t);
  return sizes ? sizes->data() : nullptr;
}
MlirType torchMlirTensorTypeGetDtype(MlirType t) {
  Type type = unwrap(t);
  if (auto v = dyn_cast<ValueTensorType>(type))
    return wrap(v.getOptionalDtype());
  return wrap(cast<NonValueTensorType>(type).getOptionalDtype());
}
MlirType torchMlirTensorTypeToBuiltinTensor(MlirType t) {
  Type type = unwrap(t);
  if (auto v = dyn_cast<ValueTensorType>(type))
    return wrap(v.toBuiltinTensor());
  return wrap(cast<NonValueTensorType>(type).toBuiltinTensor());
}
MlirType torchMlirTensorTypeWithValueSemantics(MlirType t) {
  Type type = unwrap(t);
  if (auto v = dyn_cast<NonValueTensorType>(type))
    return wrap(v.getWithValueSemantics());
  return t;
}
MlirType torchMlirTensorTypeWithoutValueSemantics(MlirType t) {
  Type type = unwrap(t);
  if (auto v = dyn_cast<ValueTensorType>(type))
    return wrap(v.getWithoutValueSemantics());
  return t;
}

//===----------------------------------------------------------------------===//
// Containers and leaves.
//===----------------------------------------------------------------------===//

bool torchMlirTypeIsAList(MlirType t) { return isa<ListType>(unwrap(t)); }
MlirType torchMlirListTypeGet(MlirType containedType) {
  Type contained = unwrap(containedType);
  return wrap(ListType::get(contained.getContext(), contained));
}
bool torchMlirTypeIsAOptional(MlirType t) {
  return isa<OptionalType>(unwrap(t));
}
MlirType torchMlirOptionalTypeGet(MlirType containedType) {
  Type contained = unwrap(containedType);
  return wrap(OptionalType::get(contained.getContext(), contained));
}
MlirType torchMlirContainerTypeGetContained(MlirType t) {
  Type type = unwrap(t);
  if (auto list = dyn_cast<ListType>(type))
    return wrap(list.getContainedType());
  if (auto optional = dyn_cast<OptionalType>(type))
    return wrap(optional.getContainedType());
  return MlirType{nullptr};
}

static SmallVector<Type> unwrapTypes(intptr_t n, const MlirType *types) {
  SmallVector<Type> result;
  for (intptr_t i = 0; i < n; ++i)
    result.push_back(unwrap(types[i]));
  return result;
}

bool torchMlirTypeIsATuple(MlirType t) {
  return isa<torch::TupleType>(unwrap(t));
}
MlirType torchMlirTupleTypeGet(MlirContext ctx, intptr_t n,
                               const MlirType *elements) {
  return wrap(torch::TupleType::get(unwrap(ctx), unwrapTypes(n, elements)));
}
bool torchMlirTypeIsAUnion(MlirType t) { return isa<UnionType>(unwrap(t)); }
MlirType torchMlirUnionTypeGet(MlirContext ctx, intptr_t n,
                               const MlirType *elements) {
  return wrap(UnionType::get(unwrap(ctx), unwrapTypes(n, elements)));
}

static ArrayRef<Type> tupleLikeElements(MlirType t) {
  Type type = unwrap(t);
  if (auto tuple = dyn_cast<torch::TupleType>(type))
    return tuple.getContainedTypes();
  if (auto unionType = dyn_cast<UnionType>(type))
    return unionType.getContainedTypes();
  return {};
}
intptr_t torchMlirTupleLikeTypeGetNumElements(MlirType t) {
  return static_cast<intptr_t>(tupleLikeElements(t).size());
}
MlirType torchMlirTupleLikeTypeGetElement(MlirType t, intptr_t pos) {
  ArrayRef<Type> elements = tupleLikeElements(t);
  if (pos < 0 || static_cast<size_t>(pos) >= elements.size())
    return MlirType{nullptr};
  return wrap(elements[pos]);
}

bool torchMlirTypeIsADict(MlirType t) { return isa<DictType>(unwrap(t)); }
MlirType torchMlirDictTypeGet(MlirType keyType, MlirType valueType) {
  Type key = unwrap(keyType);
  return wrap(DictType::get(key.getContext(), key, unwrap(valueType)));
}
MlirType torchMlirDictTypeGetKey(MlirType t) {
  return wrap(cast<DictType>(unwrap(t)).getKeyType());
}
MlirType torchMlirDictTypeGetValue(MlirType t) {
  return wrap(cast<DictType>(unwrap(t)).getValueType());
}
MlirType torchMlirNnModuleTypeGet(MlirContext ctx, MlirStringRef className) {
  return wrap(NnModuleType::get(unwrap(ctx), unwrap(className)));
}

MlirType torchMlirLeafTypeGet(MlirContext ctx, MlirStringRef mnemonic) {
  MLIRContext *context = unwrap(ctx);
  StringRef name = unwrap(mnemonic);
  Type type = llvm::StringSwitch<function_ref<Type()>>(name)
                  .Case("int", [&] { return IntType::get(context); })
                  .Case("float", [&] { return torch::FloatType::get(context); })
                  .Case("bool", [&] { return BoolType::get(context); })
                  .Case("str", [&] { return StringType::get(context); })
                  .Case("none", [&] { return torch::NoneType::get(context); })
                  .Case("number", [&] { return NumberType::get(context); })
                  .Case("Device", [&] { return DeviceType::get(context); })
                  .Case("Generator", [&] { return GeneratorType::get(context); })
                  .Case("any", [&] { return AnyType::get(context); })
                  .Case("LinearParams",
                        [&] { return LinearParamsType::get(context); })
                  .Case("qint8", [&] { return QInt8Type::get(context); })
                  .Case("quint8", [&] { return QUInt8Type::get(context); })
                  .Case("qint32", [&] { return QInt32Type::get(context); })
                  .Case("quint4x2", [&] { return QUInt4x2Type::get(context); })
                  .Case("quint2x4", [&] { return QUInt2x4Type::get(context); })
                  .Default([] { return Type(); })();
  return wrap(type);
}

MlirType torchMlirPackedDtypeTypeGet(MlirContext ctx, MlirStringRef name) {
  return wrap(PackedDtypeType::get(unwrap(ctx), unwrap(name)));
}

bool torchMlirTypeIsValidDtype(MlirType t) {
  return isValidTorchDtype(unwrap(t));
}
bool torchMlirTypeIsATorchType(MlirType t) {
  Type type = unwrap(t);
  return type && isa<TorchDialect>(type.getDialect());
}

MlirTypeID torchMlirValueTensorTypeGetTypeID(void) {
  return wrap(ValueTensorType::getTypeID());
}
MlirTypeID torchMlirNonValueTensorTypeGetTypeID(void) {
  return wrap(NonValueTensorType::getTypeID());
}
MlirTypeID torchMlirListTypeGetTypeID(void) {
  return wrap(ListType::getTypeID());
}
MlirTypeID torchMlirOptionalTypeGetTypeID(void) {
  return wrap(OptionalType::getTypeID());
}
MlirTypeID torchMlirTupleTypeGetTypeID(void) {
  return wrap(torch::TupleType::getTypeID());
}
MlirTypeID torchMlirDictTypeGetTypeID(void) {
  return wrap(DictType::getTypeID());
}

MlirAttribute torchMlirDenseResourceElementsAttrRetype(MlirAttribute attr,
                                                       MlirType type) {
  auto resource = llvm::dyn_cast<DenseResourceElementsAttr>(unwrap(attr));
  auto shaped = llvm::dyn_cast<ShapedType>(unwrap(type));
  if (!resource || !shaped)
    return MlirAttribute{nullptr};
  return wrap(DenseResourceElementsAttr::get(shaped, resource.getRawHandle()));
}

bool torchMlirDenseResourceElementsAttrGetData(MlirAttribute attr,
                                               const void **data,
                                               intptr_t *size) {
  *data = nullptr;
  *size = 0;
  auto resource = llvm::dyn_cast<DenseResourceElementsAttr>(unwrap(attr));
  if (!resource)
    return false;
  AsmResourceBlob *blob = resource.getRawHandle().getBlob();
  if (!blob)
    return false;
  ArrayRef<char> bytes = blob->getData();
  *data = bytes.data();
  *size = static_cast<intptr_t>(bytes.size());
  return true;
}
