//===- TorchTypes.td - Torch dialect types and type constraints -----------===//

#ifndef TORCH_MLIR_CORE_TORCH_TYPES
#define TORCH_MLIR_CORE_TORCH_TYPES

include "torch-mlir-core/Dialect/Torch/IR/TorchBase.td"

class Torch_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Torch_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

//===----------------------------------------------------------------------===//
// Tensors.
//===----------------------------------------------------------------------===//

// Sizes of a possibly unranked tensor: std::nullopt when unranked.
def Torch_OptionalSizesParameter : AttrOrTypeParameter<
    "::std::optional<::llvm::ArrayRef<int64_t>>", "sizes, absent when unranked"> {
  let allocator = [{
    if ($_self)
      $_dst = $_allocator.copyInto(*$_self);
  }];
}

// Shared by !torch.vtensor and !torch.tensor: optional sizes (`*` = unranked,
// -1 = unknown size, printed `?`) and optional dtype (`unk`).
class Torch_BaseTensorType<string name, string typeMnemonic, string summaryText>
    : Torch_Type<name, typeMnemonic> {
  let summary = summaryText;
  let parameters = (ins
    Torch_OptionalSizesParameter:$optionalSizes,
    "::mlir::Type":$optionalDtype
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  code sharedClassDeclaration = [{
    static constexpr int64_t kUnknownSize = -1;
    bool hasSizes() const { return getOptionalSizes().has_value(); }
    ::llvm::ArrayRef<int64_t> getSizes() const { return *getOptionalSizes(); }
    bool hasDtype() const { return static_cast<bool>(getOptionalDtype()); }
    ::mlir::Type getDtype() const { return getOptionalDtype(); }
    bool areAllSizesKnown() const;
    /// The builtin tensor type of the same shape/dtype, or null if unranked or
    /// dtype-less.
    ::mlir::RankedTensorType toBuiltinTensor() const;
  }];
}

def Torch_ValueTensorType
    : Torch_BaseTensorType<"ValueTensor", "vtensor",
                           "A tensor with value semantics"> {
  let extraClassDeclaration = sharedClassDeclaration # [{
    NonValueTensorType getWithoutValueSemantics() const;
  }];
}

def Torch_NonValueTensorType
    : Torch_BaseTensorType<"NonValueTensor", "tensor",
                           "A mutable, possibly aliased tensor"> {
  let extraClassDeclaration = sharedClassDeclaration # [{
    ValueTensorType getWithValueSemantics() const;
  }];
}

//===----------------------------------------------------------------------===//
// Scalars and other leaf types.
//===----------------------------------------------------------------------===//

def Torch_IntType : Torch_Type<"Int", "int"> {
  let summary = "Python int (int64_t); also dtype, layout and memory_format codes";
}
def Torch_FloatType : Torch_Type<"Float", "float"> {
  let summary = "Python float (double)";
}
def Torch_BoolType : Torch_Type<"Bool", "bool"> { let summary = "Python bool"; }
def Torch_StringType : Torch_Type<"String", "str"> { let summary = "Python str"; }
def Torch_NoneType : Torch_Type<"None", "none"> { let summary = "Python None"; }
def Torch_NumberType : Torch_Type<"Number", "number"> {
  let summary = "int or float, known only at run time (TorchScript `Scalar`)";
}
def Torch_DeviceType : Torch_Type<"Device", "Device"> { let summary = "torch.device"; }
def Torch_GeneratorType : Torch_Type<"Generator", "Generator"> {
  let summary = "torch.Generator";
}
def Torch_AnyType : Torch_Type<"Any", "any"> { let summary = "Any TorchScript value"; }
def Torch_LinearParamsType : Torch_Type<"LinearParams", "LinearParams"> {
  let summary = "Packed quantized linear parameters";
}

// Quantized dtypes that have no builtin MLIR equivalent.
def Torch_QInt8Type : Torch_Type<"QInt8", "qint8"> { let summary = "torch.qint8"; }
def Torch_QUInt8Type : Torch_Type<"QUInt8", "quint8"> { let summary = "torch.quint8"; }
def Torch_QInt32Type : Torch_Type<"QInt32", "qint32"> { let summary = "torch.qint32"; }
def Torch_QUInt4x2Type : Torch_Type<"QUInt4x2", "quint4x2"> {
  let summary = "torch.quint4x2";
}
def Torch_QUInt2x4Type : Torch_Type<"QUInt2x4", "quint2x4"> {
  let summary = "torch.quint2x4";
}
// Packed/bit dtypes of torch (bits8, bits16, bits1x8, ..., float4_e2m1fn_x2):
// !torch.packed<"bits8">.
def Torch_PackedDtypeType : Torch_Type<"PackedDtype", "packed"> {
  let summary = "A packed or opaque-bits torch dtype, named as torch names it";
  let parameters = (ins StringRefParameter<"torch dtype name">:$name);
  let assemblyFormat = "`<` $name `>`";
}

//===----------------------------------------------------------------------===//
// Containers.
//===----------------------------------------------------------------------===//

def Torch_ListType : Torch_Type<"List", "list"> {
  let summary = "Python list of one element type";
  let parameters = (ins "::mlir::Type":$containedType);
  let hasCustomAssemblyFormat = 1;
}
def Torch_OptionalType : Torch_Type<"Optional", "optional"> {
  let summary = "Either None or a value of the contained type";
  let parameters = (ins "::mlir::Type":$containedType);
  let hasCustomAssemblyFormat = 1;
}
def Torch_TupleType : Torch_Type<"Tuple", "tuple"> {
  let summary = "Python tuple";
  let parameters = (ins ArrayRefParameter<"::mlir::Type", "element types">:$containedTypes);
  let hasCustomAssemblyFormat = 1;
}
def Torch_UnionType : Torch_Type<"Union", "union"> {
  let summary = "A value of one of several types";
  let parameters = (ins ArrayRefParameter<"::mlir::Type", "alternatives">:$containedTypes);
  let hasCustomAssemblyFormat = 1;
}
def Torch_DictType : Torch_Type<"Dict", "dict"> {
  let summary = "Python dict";
  let parameters = (ins "::mlir::Type":$keyType, "::mlir::Type":$valueType);
  let hasCustomAssemblyFormat = 1;
}
def Torch_NnModuleType : Torch_Type<"NnModule", "nn.Module"> {
  let summary = "An instance of a torch.nn.Module class (TorchScript object graph)";
  let parameters = (ins StringRefParameter<"class name">:$className);
  let assemblyFormat = "`<` $className `>`";
}

//===----------------------------------------------------------------------===//
// Type constraints used by ops (generated and hand-written).
//===----------------------------------------------------------------------===//

class Torch_IsA<string cppClass> : CPred<"::llvm::isa<" # cppClass # ">($_self)">;

def AnyTorchTensorType : Type<
    Or<[Torch_ValueTensorType.predicate, Torch_NonValueTensorType.predicate]>,
    "Any Torch tensor type">;

class Torch_OptionalOf<Type allowed, string descr>
    : AnyTypeOf<[allowed, Torch_NoneType,
                 ContainerType<allowed, Torch_OptionalType.predicate,
                   "::llvm::cast<::mlir::torch::OptionalType>($_self).getContainedType()",
                   "optional", "::mlir::torch::OptionalType">],
                descr>;

class Torch_ListOf<Type allowed, string descr>
    : ContainerType<allowed, Torch_ListType.predicate,
        "::llvm::cast<::mlir::torch::ListType>($_self).getContainedType()",
        descr, "::mlir::torch::ListType">;

def AnyTorchScalarType : AnyTypeOf<
    [Torch_IntType, Torch_FloatType, Torch_BoolType, Torch_NumberType],
    "Any Python scalar (int, float, bool or number)">;

def AnyTorchOptionalTensorType
    : Torch_OptionalOf<AnyTorchTensorType, "Optional tensor">;
def AnyTorchOptionalIntType : Torch_OptionalOf<Torch_IntType, "Optional int">;
def AnyTorchOptionalFloatType : Torch_OptionalOf<Torch_FloatType, "Optional float">;
def AnyTorchOptionalBoolType : Torch_OptionalOf<Torch_BoolType, "Optional bool">;
def AnyTorchOptionalStringType : Torch_OptionalOf<Torch_StringType, "Optional str">;
def AnyTorchOptionalScalarType
    : Torch_OptionalOf<AnyTorchScalarType, "Optional scalar">;
def AnyTorchOptionalDeviceType : Torch_OptionalOf<Torch_DeviceType, "Optional device">;
def AnyTorchOptionalGeneratorType
    : Torch_OptionalOf<Torch_GeneratorType, "Optional generator">;

def AnyTorchListOfTensorType : Torch_ListOf<AnyTorchTensorType, "List of tensors">;
def AnyTorchListOfOptionalTensorType
    : Torch_ListOf<AnyTorchOptionalTensorType, "List of optional tensors">;
def AnyTorchListOfTorchIntType : Torch_ListOf<Torch_IntType, "List of ints">;
def AnyTorchListOfOptionalIntType
    : Torch_ListOf<AnyTorchOptionalIntType, "List of optional ints">;
def AnyTorchListOfTorchFloatType : Torch_ListOf<Torch_FloatType, "List of floats">;
def AnyTorchListOfTorchBoolType : Torch_ListOf<Torch_BoolType, "List of bools">;
def AnyTorchListOfTorchStringType : Torch_ListOf<Torch_StringType, "List of strs">;
def AnyTorchListOfScalarType : Torch_ListOf<AnyTorchScalarType, "List of scalars">;

def AnyTorchOptionalListOfTensorType
    : Torch_OptionalOf<AnyTorchListOfTensorType, "Optional list of tensors">;
def AnyTorchOptionalListOfTorchIntType
    : Torch_OptionalOf<AnyTorchListOfTorchIntType, "Optional list of ints">;
def AnyTorchOptionalListOfTorchFloatType
    : Torch_OptionalOf<AnyTorchListOfTorchFloatType, "Optional list of floats">;
def AnyTorchOptionalListOfTorchBoolType
    : Torch_OptionalOf<AnyTorchListOfTorchBoolType, "Optional list of bools">;
def AnyTorchOptionalListOfTorchStringType
    : Torch_OptionalOf<AnyTorchListOfTorchStringType, "Optional list of strs">;

// Any type of the Torch dialect, or a builtin type used as a dtype.
def AnyTorchType : Type<CPred<[{
    ::mlir::torch::isValidTorchValueType($_self)
  }]>, "Any type that a TorchScript value can have">;
def AnyTorchListType : Type<Torch_ListType.predicate, "Any Torch list type">;
def AnyTorchDictType : Type<Torch_DictType.predicate, "Any Torch dict type">;
def AnyTorchTupleType : Type<Torch_TupleType.predicate, "Any Torch tuple type">;

#endif // TORCH_MLIR_CORE_TORCH_TYPES
