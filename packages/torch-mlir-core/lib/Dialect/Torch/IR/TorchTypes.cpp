//===- TorchTypes.cpp - Torch dialect types -------------------------------===//

#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchDialect.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::torch;

#define GET_TYPEDEF_CLASSES
#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.cpp.inc"

//===----------------------------------------------------------------------===//
// Nested-type syntax: `!torch.list<vtensor<[2],f32>>` omits the inner prefix.
//===----------------------------------------------------------------------===//

/// Torch types without parameters, by mnemonic; null when not one of them.
static Type getTorchLeafType(MLIRContext *ctx, StringRef mnemonic) {
  return llvm::StringSwitch<function_ref<Type()>>(mnemonic)
      .Case("int", [&] { return IntType::get(ctx); })
      .Case("float", [&] { return torch::FloatType::get(ctx); })
      .Case("bool", [&] { return BoolType::get(ctx); })
      .Case("str", [&] { return StringType::get(ctx); })
      .Case("none", [&] { return torch::NoneType::get(ctx); })
      .Case("number", [&] { return NumberType::get(ctx); })
      .Case("Device", [&] { return DeviceType::get(ctx); })
      .Case("Generator", [&] { return GeneratorType::get(ctx); })
      .Case("any", [&] { return AnyType::get(ctx); })
      .Case("LinearParams", [&] { return LinearParamsType::get(ctx); })
      .Case("qint8", [&] { return QInt8Type::get(ctx); })
      .Case("quint8", [&] { return QUInt8Type::get(ctx); })
      .Case("qint32", [&] { return QInt32Type::get(ctx); })
      .Case("quint4x2", [&] { return QUInt4x2Type::get(ctx); })
      .Case("quint2x4", [&] { return QUInt2x4Type::get(ctx); })
      .Default([] { return Type(); })();
}

static constexpr StringLiteral kParameterizedMnemonics[] = {
    "vtensor", "tensor", "list", "optional", "tuple",
    "union",   "dict",   "nn.Module", "packed"};

/// Parses what follows a Torch type's mnemonic. Returns null (after emitting
/// an error) on failure.
static Type parseTorchTypeBody(AsmParser &parser, StringRef mnemonic,
                               SMLoc mnemonicLoc) {
  MLIRContext *ctx = parser.getContext();
  if (Type leaf = getTorchLeafType(ctx, mnemonic))
    return leaf;
  if (mnemonic == "vtensor")
    return ValueTensorType::parse(parser);
  if (mnemonic == "tensor")
    return NonValueTensorType::parse(parser);
  if (mnemonic == "list")
    return ListType::parse(parser);
  if (mnemonic == "optional")
    return OptionalType::parse(parser);
  if (mnemonic == "tuple")
    return torch::TupleType::parse(parser);
  if (mnemonic == "union")
    return UnionType::parse(parser);
  if (mnemonic == "dict")
    return DictType::parse(parser);
  if (mnemonic == "nn.Module")
    return NnModuleType::parse(parser);
  if (mnemonic == "packed")
    return PackedDtypeType::parse(parser);
  parser.emitError(mnemonicLoc, "unknown Torch type '") << mnemonic << "'";
  return Type();
}

static SmallVector<StringRef> allTorchMnemonics() {
  SmallVector<StringRef> names = {
      "int",    "float", "bool",   "str",          "none",
      "number", "Device", "Generator", "any",      "LinearParams",
      "qint8",  "quint8", "qint32", "quint4x2",    "quint2x4"};
  for (StringRef m : kParameterizedMnemonics)
    names.push_back(m);
  return names;
}

ParseResult mlir::torch::parseTorchNestedType(AsmParser &parser, Type &type) {
  static const SmallVector<StringRef> mnemonics = allTorchMnemonics();
  SMLoc loc = parser.getCurrentLocation();
  StringRef mnemonic;
  if (succeeded(parser.parseOptionalKeyword(&mnemonic, mnemonics))) {
    type = parseTorchTypeBody(parser, mnemonic, loc);
    return success(static_cast<bool>(type));
  }
  return parser.parseType(type);
}

void mlir::torch::printTorchNestedType(AsmPrinter &printer, Type type) {
  if (isa<TorchDialect>(type.getDialect())) {
    if (failed(generatedTypePrinter(type, printer)))
      printer << type;
    return;
  }
  printer << type;
}

Type TorchDialect::parseType(DialectAsmParser &parser) const {
  SMLoc loc = parser.getCurrentLocation();
  StringRef mnemonic;
  if (failed(parser.parseKeyword(&mnemonic)))
    return Type();
  return parseTorchTypeBody(parser, mnemonic, loc);
}

void TorchDialect::printType(Type type, DialectAsmPrinter &printer) const {
  if (failed(generatedTypePrinter(type, printer)))
    llvm_unreachable("every Torch type has a printer");
}

void TorchDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Predicates.
//===----------------------------------------------------------------------===//

bool mlir::torch::isTorchTensorType(Type type) {
  return isa<ValueTensorType, NonValueTensorType>(type);
}

// The dtypes torch has, and only those: keep in sync with DTYPE_TABLE in
// python/torch_mlir_core/dtypes.py.
bool mlir::torch::isValidTorchDtype(Type type) {
  if (!type)
    return false;
  // float16, bfloat16, float32, float64 and the float8 formats.
  // (torch.float4_e2m1fn_x2 is !torch.packed<"float4_e2m1fn_x2">, not f4E2M1FN.)
  if (isa<Float16Type, BFloat16Type, Float32Type, Float64Type, Float8E5M2Type,
          Float8E4M3FNType, Float8E5M2FNUZType, Float8E4M3FNUZType,
          Float8E8M0FNUType>(type))
    return true;
  if (auto intType = dyn_cast<IntegerType>(type)) {
    unsigned width = intType.getWidth();
    // bool is i1; int1..int7 and uint1..uint7 are the sub-byte dtypes.
    if (intType.isSignless())
      return width == 1;
    if (width >= 1 && width <= 8)
      return true;
    // int16/32/64 and uint16/32/64.
    return width == 16 || width == 32 || width == 64;
  }
  // complex32, complex64, complex128.
  if (auto complexType = dyn_cast<ComplexType>(type))
    return isa<Float16Type, Float32Type, Float64Type>(
        complexType.getElementType());
  if (auto packed = dyn_cast<PackedDtypeType>(type))
    return llvm::is_contained({"bits1x8", "bits2x4", "bits4x2", "bits8",
                               "bits16", "float4_e2m1fn_x2"},
                              packed.getName());
  return isa<QInt8Type, QUInt8Type, QInt32Type, QUInt4x2Type, QUInt2x4Type>(
      type);
}

bool mlir::torch::isValidTorchValueType(Type type) {
  if (!type || !isa<TorchDialect>(type.getDialect()))
    return false;
  return !isa<QInt8Type, QUInt8Type, QInt32Type, QUInt4x2Type, QUInt2x4Type,
              PackedDtypeType>(type);
}

//===----------------------------------------------------------------------===//
// Tensor types.
//===----------------------------------------------------------------------===//

namespace {
/// Sizes/dtype of either tensor type, for code shared between the two.
struct TensorInfo {
  std::optional<ArrayRef<int64_t>> sizes;
  Type dtype;
};
} // namespace

static std::optional<TensorInfo> getTensorInfo(Type type) {
  if (auto t = dyn_cast<ValueTensorType>(type))
    return TensorInfo{t.getOptionalSizes(), t.getOptionalDtype()};
  if (auto t = dyn_cast<NonValueTensorType>(type))
    return TensorInfo{t.getOptionalSizes(), t.getOptionalDtype()};
  return std::nullopt;
}

bool mlir::torch::areCompatibleTensorTypes(Type a, Type b) {
  if (a.getTypeID() != b.getTypeID())
    return false;
  std::optional<TensorInfo> ia = getTensorInfo(a), ib = getTensorInfo(b);
  if (!ia || !ib)
    return false;
  if (ia->dtype && ib->dtype && ia->dtype != ib->dtype)
    return false;
  if (!ia->sizes || !ib->sizes)
    return true;
  if (ia->sizes->size() != ib->sizes->size())
    return false;
  for (auto [x, y] : llvm::zip_equal(*ia->sizes, *ib->sizes))
    if (x != -1 && y != -1 && x != y)
      return false;
  return true;
}

static LogicalResult
verifyTensorType(function_ref<InFlightDiagnostic()> emitError,
                 std::optional<ArrayRef<int64_t>> sizes, Type dtype) {
  if (sizes) {
    for (int64_t size : *sizes)
      if (size < -1)
        return emitError() << "invalid tensor size " << size
                           << " (sizes are >= 0, or ? when unknown)";
  }
  if (dtype && !isValidTorchDtype(dtype))
    return emitError() << "invalid dtype " << dtype
                       << " for a Torch tensor (expected the element type of "
                          "a torch dtype: f16, bf16, f32, f64, f8E5M2, "
                          "f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E8M0FNU, "
                          "si1..si8, si16, si32, si64, ui1..ui8, ui16, ui32, "
                          "ui64, i1, complex<f16|f32|f64>, or a quantized/"
                          "packed Torch dtype)";
  return success();
}

template <typename TensorT>
static Type parseTensorType(AsmParser &parser) {
  MLIRContext *ctx = parser.getContext();
  SMLoc loc = parser.getCurrentLocation();
  if (failed(parser.parseOptionalLess()))
    return TensorT::get(ctx, std::nullopt, Type());
  std::optional<SmallVector<int64_t>> sizes;
  if (failed(parser.parseOptionalStar())) {
    if (parser.parseLSquare())
      return Type();
    sizes.emplace();
    if (failed(parser.parseOptionalRSquare())) {
      do {
        if (succeeded(parser.parseOptionalQuestion())) {
          sizes->push_back(-1);
          continue;
        }
        int64_t size;
        if (parser.parseInteger(size))
          return Type();
        sizes->push_back(size);
      } while (succeeded(parser.parseOptionalComma()));
      if (parser.parseRSquare())
        return Type();
    }
  }
  Type dtype;
  if (parser.parseComma())
    return Type();
  if (failed(parser.parseOptionalKeyword("unk")) &&
      parseTorchNestedType(parser, dtype))
    return Type();
  if (parser.parseGreater())
    return Type();
  std::optional<ArrayRef<int64_t>> sizesRef;
  if (sizes)
    sizesRef = ArrayRef<int64_t>(*sizes);
  return TensorT::getChecked([&] { return parser.emitError(loc); }, ctx,
                             sizesRef, dtype);
}

static void printTensorType(AsmPrinter &printer,
                            std::optional<ArrayRef<int64_t>> sizes,
                            Type dtype) {
  if (!sizes && !dtype)
    return;
  printer << "<";
  if (sizes) {
    printer << "[";
    llvm::interleave(
        *sizes, printer,
        [&](int64_t size) {
          if (size == -1)
            printer << "?";
          else
            printer << size;
        },
        ",");
    printer << "]";
  } else {
    printer << "*";
  }
  printer << ",";
  if (dtype)
    printTorchNestedType(printer, dtype);
  else
    printer << "unk";
  printer << ">";
}

static RankedTensorType toBuiltin(std::optional<ArrayRef<int64_t>> sizes,
                                  Type dtype) {
  if (!sizes || !dtype)
    return RankedTensorType();
  SmallVector<int64_t> shape = llvm::map_to_vector(*sizes, [](int64_t s) {
    return s == -1 ? ShapedType::kDynamic : s;
  });
  return RankedTensorType::get(shape, dtype);
}

static bool allSizesKnown(std::optional<ArrayRef<int64_t>> sizes) {
  return sizes && llvm::all_of(*sizes, [](int64_t s) { return s != -1; });
}

Type ValueTensorType::parse(AsmParser &parser) {
  return parseTensorType<ValueTensorType>(parser);
}
void ValueTensorType::print(AsmPrinter &printer) const {
  printTensorType(printer, getOptionalSizes(), getOptionalDtype());
}
LogicalResult
ValueTensorType::verify(function_ref<InFlightDiagnostic()> emitError,
                        std::optional<ArrayRef<int64_t>> sizes, Type dtype) {
  return verifyTensorType(emitError, sizes, dtype);
}
bool ValueTensorType::areAllSizesKnown() const {
  return allSizesKnown(getOptionalSizes());
}
RankedTensorType ValueTensorType::toBuiltinTensor() const {
  return toBuiltin(getOptionalSizes(), getOptionalDtype());
}
NonValueTensorType ValueTensorType::getWithoutValueSemantics() const {
  return NonValueTensorType::get(getContext(), getOptionalSizes(),
                                 getOptionalDtype());
}

Type NonValueTensorType::parse(AsmParser &parser) {
  return parseTensorType<NonValueTensorType>(parser);
}
void NonValueTensorType::print(AsmPrinter &printer) const {
  printTensorType(printer, getOptionalSizes(), getOptionalDtype());
}
LogicalResult
NonValueTensorType::verify(function_ref<InFlightDiagnostic()> emitError,
                           std::optional<ArrayRef<int64_t>> sizes, Type dtype) {
  return verifyTensorType(emitError, sizes, dtype);
}
bool NonValueTensorType::areAllSizesKnown() const {
  return allSizesKnown(getOptionalSizes());
}
RankedTensorType NonValueTensorType::toBuiltinTensor() const {
  return toBuiltin(getOptionalSizes(), getOptionalDtype());
}
ValueTensorType NonValueTensorType::getWithValueSemantics() const {
  return ValueTensorType::get(getContext(), getOptionalSizes(),
                              getOptionalDtype());
}

//===----------------------------------------------------------------------===//
// Containers.
//===----------------------------------------------------------------------===//

/// `<` type (`,` type)* `>`, with at least `minCount` types.
static ParseResult parseNestedTypeList(AsmParser &parser,
                                       SmallVectorImpl<Type> &types) {
  if (parser.parseLess())
    return failure();
  if (succeeded(parser.parseOptionalGreater()))
    return success();
  do {
    Type t;
    if (parseTorchNestedType(parser, t))
      return failure();
    types.push_back(t);
  } while (succeeded(parser.parseOptionalComma()));
  return parser.parseGreater();
}

static void printNestedTypeList(AsmPrinter &printer, ArrayRef<Type> types) {
  printer << "<";
  llvm::interleave(
      types, printer, [&](Type t) { printTorchNestedType(printer, t); }, ", ");
  printer << ">";
}

/// Parses `<T>` into `contained`, reporting a wrong count.
static ParseResult parseSingleContained(AsmParser &parser, Type &contained) {
  SMLoc loc = parser.getCurrentLocation();
  SmallVector<Type, 1> types;
  if (parseNestedTypeList(parser, types))
    return failure();
  if (types.size() != 1)
    return parser.emitError(loc, "expected exactly one contained type");
  contained = types.front();
  return success();
}

Type ListType::parse(AsmParser &parser) {
  Type contained;
  if (parseSingleContained(parser, contained))
    return Type();
  return ListType::get(parser.getContext(), contained);
}
void ListType::print(AsmPrinter &printer) const {
  printNestedTypeList(printer, {getContainedType()});
}

Type OptionalType::parse(AsmParser &parser) {
  Type contained;
  if (parseSingleContained(parser, contained))
    return Type();
  return OptionalType::get(parser.getContext(), contained);
}
void OptionalType::print(AsmPrinter &printer) const {
  printNestedTypeList(printer, {getContainedType()});
}

Type torch::TupleType::parse(AsmParser &parser) {
  SmallVector<Type> types;
  if (parseNestedTypeList(parser, types))
    return Type();
  return torch::TupleType::get(parser.getContext(), types);
}
void torch::TupleType::print(AsmPrinter &printer) const {
  printNestedTypeList(printer, getContainedTypes());
}

Type UnionType::parse(AsmParser &parser) {
  SmallVector<Type> types;
  if (parseNestedTypeList(parser, types))
    return Type();
  return UnionType::get(parser.getContext(), types);
}
void UnionType::print(AsmPrinter &printer) const {
  printNestedTypeList(printer, getContainedTypes());
}

Type DictType::parse(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  SmallVector<Type, 2> types;
  if (parseNestedTypeList(parser, types))
    return Type();
  if (types.size() != 2) {
    parser.emitError(loc, "expected a key type and a value type");
    return Type();
  }
  return DictType::get(parser.getContext(), types[0], types[1]);
}
void DictType::print(AsmPrinter &printer) const {
  printNestedTypeList(printer, {getKeyType(), getValueType()});
}
