//===- TorchOps.cpp - Hand-written Torch ops: formats and verifiers -------===//
//
// Folders and canonicalizations live in TorchFolders.cpp; the generated op
// definitions are compiled in shards (see lib/CMakeLists.txt).
//
//===----------------------------------------------------------------------===//

#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpImplementation.h"
#include "TorchOpUtils.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::torch;

//===----------------------------------------------------------------------===//
// Shared assembly format of generated ops.
//===----------------------------------------------------------------------===//

ParseResult mlir::torch::parseGeneratedTorchOp(OpAsmParser &parser,
                                               OperationState &result) {
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  SMLoc operandsLoc = parser.getCurrentLocation();
  if (parser.parseOperandList(operands) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();
  SmallVector<Type> operandTypes, resultTypes;
  if (succeeded(parser.parseOptionalColon())) {
    if (failed(parser.parseOptionalArrow())) {
      if (parser.parseTypeList(operandTypes))
        return failure();
      if (succeeded(parser.parseOptionalArrow()) &&
          parser.parseTypeList(resultTypes))
        return failure();
    } else if (parser.parseTypeList(resultTypes)) {
      return failure();
    }
  }
  result.addTypes(resultTypes);
  return parser.resolveOperands(operands, operandTypes, operandsLoc,
                                result.operands);
}

ParseResult mlir::torch::parseTorchInt64(OpAsmParser &parser,
                                        IntegerAttr &value) {
  SMLoc loc = parser.getCurrentLocation();
  APInt parsed;
  OptionalParseResult result = parser.parseOptionalInteger(parsed);
  if (!result.has_value())
    return parser.emitError(loc, "expected an integer");
  if (failed(*result))
    return failure();
  // The parser returns a two's-complement value wide enough for its sign.
  if (parsed.getSignificantBits() > 64)
    return parser.emitError(loc, "integer value does not fit in int64 (")
           << llvm::toString(parsed, 10, /*Signed=*/true) << ")";
  value = parser.getBuilder().getI64IntegerAttr(parsed.getSExtValue());
  return success();
}

void mlir::torch::printTorchInt64(OpAsmPrinter &printer, Operation *,
                                  IntegerAttr value) {
  printer << value.getValue().getSExtValue();
}

void mlir::torch::printGeneratedTorchOp(OpAsmPrinter &printer, Operation *op) {
  if (op->getNumOperands() != 0) {
    printer << ' ';
    printer.printOperands(op->getOperands());
  }
  printer.printOptionalAttrDict(op->getAttrs());
  if (op->getNumOperands() == 0 && op->getNumResults() == 0)
    return;
  printer << " : ";
  llvm::interleaveComma(op->getOperandTypes(), printer);
  if (op->getNumResults() != 0) {
    if (op->getNumOperands() != 0)
      printer << ' ';
    printer << "-> ";
    llvm::interleaveComma(op->getResultTypes(), printer);
  }
}

void mlir::torch::getPureOnValueTensorsEffects(
    Operation *op,
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  for (OpOperand &operand : op->getOpOperands())
    if (isa<NonValueTensorType>(operand.get().getType()))
      effects.emplace_back(MemoryEffects::Read::get(), &operand);
  for (OpResult result : op->getResults())
    if (isa<NonValueTensorType, ListType, DictType>(result.getType()))
      effects.emplace_back(MemoryEffects::Allocate::get(), result);
}

//===----------------------------------------------------------------------===//
// Subtyping, used by the container verifiers.
//===----------------------------------------------------------------------===//

bool mlir::torch::isValidSubtype(Type subtype, Type supertype) {
  if (subtype == supertype)
    return true;
  if (isa<AnyType>(supertype))
    return true;
  if (isa<NumberType>(supertype) && isa<IntType, torch::FloatType>(subtype))
    return true;
  if (auto optional = dyn_cast<OptionalType>(supertype)) {
    if (isa<torch::NoneType>(subtype))
      return true;
    if (auto subOptional = dyn_cast<OptionalType>(subtype))
      return isValidSubtype(subOptional.getContainedType(),
                            optional.getContainedType());
    return isValidSubtype(subtype, optional.getContainedType());
  }
  if (auto unionType = dyn_cast<UnionType>(supertype))
    return llvm::any_of(unionType.getContainedTypes(), [&](Type alternative) {
      return isValidSubtype(subtype, alternative);
    });
  if (auto tuple = dyn_cast<torch::TupleType>(supertype)) {
    auto subTuple = dyn_cast<torch::TupleType>(subtype);
    if (!subTuple || subTuple.getContainedTypes().size() !=
                         tuple.getContainedTypes().size())
      return false;
    return llvm::all_of(
        llvm::zip_equal(subTuple.getContainedTypes(),
                        tuple.getContainedTypes()),
        [](auto pair) {
          return isValidSubtype(std::get<0>(pair), std::get<1>(pair));
        });
  }
  // A tensor type is a subtype of any same-kind tensor type with less static
  // information.
  if (isTorchTensorType(subtype) &&
      subtype.getTypeID() == supertype.getTypeID()) {
    TensorTypeInfo sub = getTensorTypeInfo(subtype);
    TensorTypeInfo super = getTensorTypeInfo(supertype);
    if (super.dtype && super.dtype != sub.dtype)
      return false;
    if (!super.sizes)
      return true;
    if (!sub.sizes || sub.sizes->size() != super.sizes->size())
      return false;
    for (auto [s, t] : llvm::zip_equal(*sub.sizes, *super.sizes))
      if (t != -1 && s != t)
        return false;
    return true;
  }
  return false;
}

TensorTypeInfo mlir::torch::getTensorTypeInfo(Type type) {
  if (auto t = dyn_cast<ValueTensorType>(type))
    return {t.getOptionalSizes(), t.getOptionalDtype()};
  if (auto t = dyn_cast<NonValueTensorType>(type))
    return {t.getOptionalSizes(), t.getOptionalDtype()};
  return {};
}

//===----------------------------------------------------------------------===//
// Literals and copies.
//===----------------------------------------------------------------------===//

static LogicalResult verifyLiteral(Operation *op, ElementsAttr value,
                                   Type resultType) {
  TensorTypeInfo info = getTensorTypeInfo(resultType);
  // Check before building the builtin type: RankedTensorType::get asserts on
  // the -1 that stands for `?` in Torch tensor types.
  if (!info.sizes || !info.dtype ||
      llvm::is_contained(*info.sizes, int64_t(-1)))
    return op->emitOpError("result type ")
           << resultType << " must have a static shape and a dtype";
  RankedTensorType expected = RankedTensorType::getChecked(
      [&] { return op->emitOpError("result type ") << resultType << ": "; },
      *info.sizes, info.dtype);
  if (!expected)
    return failure();
  if (value.getShapedType() != expected)
    return op->emitOpError("value of type ")
           << value.getShapedType() << " does not match result type "
           << resultType << " (expected a value of type " << expected << ")";
  return success();
}

LogicalResult ValueTensorLiteralOp::verify() {
  return verifyLiteral(*this, getValue(), getType());
}

LogicalResult NonValueTensorLiteralOp::verify() {
  return verifyLiteral(*this, getValue(), getType());
}

LogicalResult CopyToValueTensorOp::verify() {
  if (getOperand().getType().getWithValueSemantics() != getType())
    return emitOpError("result type ")
           << getType() << " must be the value-semantic version of operand type "
           << getOperand().getType();
  return success();
}

LogicalResult CopyToNonValueTensorOp::verify() {
  if (getType().getWithValueSemantics() != getOperand().getType())
    return emitOpError("result type ")
           << getType()
           << " must be the non-value-semantic version of operand type "
           << getOperand().getType();
  return success();
}

LogicalResult OverwriteTensorContentsOp::verify() {
  Type overwrittenValueType = getOverwritten().getType().getWithValueSemantics();
  if (!areCompatibleTensorTypes(getValue().getType(), overwrittenValueType))
    return emitOpError("value of type ")
           << getValue().getType() << " cannot overwrite a tensor of type "
           << getOverwritten().getType() << " (shape or dtype differ)";
  return success();
}

bool TensorStaticInfoCastOp::areCastCompatible(TypeRange inputs,
                                               TypeRange outputs) {
  return inputs.size() == 1 && outputs.size() == 1 &&
         areCompatibleTensorTypes(inputs[0], outputs[0]);
}

bool DerefineOp::areCastCompatible(TypeRange inputs, TypeRange outputs) {
  return inputs.size() == 1 && outputs.size() == 1 &&
         isValidSubtype(inputs[0], outputs[0]);
}

//===----------------------------------------------------------------------===//
// torch.operator
//===----------------------------------------------------------------------===//

LogicalResult OperatorOp::verify() {
  StringRef name = getName();
  if (name.empty() || !name.contains('.') || name.starts_with(".") ||
      name.ends_with("."))
    return emitOpError("name '")
           << name << "' must be a qualified operator name like "
           << "\"aten.foo.overload\" or \"my_ns.my_op\"";
  return success();
}

//===----------------------------------------------------------------------===//
// Lists and tuples.
//===----------------------------------------------------------------------===//

LogicalResult PrimListConstructOp::verify() {
  Type elementType = cast<ListType>(getType()).getContainedType();
  for (auto [index, element] : llvm::enumerate(getElements()))
    if (!isValidSubtype(element.getType(), elementType))
      return emitOpError("element #")
             << index << " of type " << element.getType()
             << " is not a valid element of " << getType();
  return success();
}

LogicalResult PrimDictConstructOp::verify() {
  // SameVariadicOperandSize splits the operands in half: an odd count
  // would silently drop one.
  unsigned numOperands = getOperation()->getNumOperands();
  if (numOperands % 2 != 0)
    return emitOpError("has ") << numOperands
                               << " operands: needs as many values as keys";
  auto dictType = cast<DictType>(getType());
  for (auto [index, key] : llvm::enumerate(getKeys()))
    if (!isValidSubtype(key.getType(), dictType.getKeyType()))
      return emitOpError("key #")
             << index << " of type " << key.getType()
             << " is not a valid key of " << dictType;
  for (auto [index, value] : llvm::enumerate(getValues()))
    if (!isValidSubtype(value.getType(), dictType.getValueType()))
      return emitOpError("value #")
             << index << " of type " << value.getType()
             << " is not a valid value of " << dictType;
  return success();
}

LogicalResult PrimListUnpackOp::verify() {
  Type elementType = cast<ListType>(getOperand().getType()).getContainedType();
  for (auto [index, result] : llvm::enumerate(getResults()))
    if (!isValidSubtype(result.getType(), elementType) &&
        !isValidSubtype(elementType, result.getType()))
      return emitOpError("result #")
             << index << " of type " << result.getType()
             << " is incompatible with the list element type " << elementType;
  return success();
}

LogicalResult PrimTupleConstructOp::verify() {
  ArrayRef<Type> elementTypes =
      cast<torch::TupleType>(getType()).getContainedTypes();
  if (elementTypes.size() != getElements().size())
    return emitOpError("has ")
           << getElements().size() << " elements but the result type "
           << getType() << " has " << elementTypes.size();
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip_equal(getElements(), elementTypes)))
    if (!isValidSubtype(std::get<0>(pair).getType(), std::get<1>(pair)))
      return emitOpError("element #")
             << index << " of type " << std::get<0>(pair).getType()
             << " does not fit tuple element type " << std::get<1>(pair);
  return success();
}

LogicalResult PrimTupleIndexOp::verify() {
  ArrayRef<Type> elementTypes =
      cast<torch::TupleType>(getTup().getType()).getContainedTypes();
  int64_t index;
  if (!matchPattern(getI(), m_TorchConstantInt(&index)))
    return success();
  int64_t size = elementTypes.size();
  if (index < -size || index >= size)
    return emitOpError("index ")
           << index << " is out of range for a tuple of " << size
           << " elements";
  if (index < 0)
    index += size;
  Type elementType = elementTypes[index];
  if (!isValidSubtype(getType(), elementType) &&
      !isValidSubtype(elementType, getType()))
    return emitOpError("result type ")
           << getType() << " is incompatible with tuple element #" << index
           << " of type " << elementType;
  return success();
}

LogicalResult PrimTupleUnpackOp::verify() {
  ArrayRef<Type> elementTypes =
      cast<torch::TupleType>(getTup().getType()).getContainedTypes();
  if (elementTypes.size() != getNumResults())
    return emitOpError("has ")
           << getNumResults() << " results but the tuple has "
           << elementTypes.size() << " elements";
  // As for TupleIndex: a result may refine or generalize its element's type.
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip_equal(getResultTypes(), elementTypes))) {
    auto [resultType, elementType] = pair;
    if (!isValidSubtype(resultType, elementType) &&
        !isValidSubtype(elementType, resultType))
      return emitOpError("result #")
             << index << " of type " << resultType
             << " is incompatible with tuple element #" << index
             << " of type " << elementType;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Control flow.
//===----------------------------------------------------------------------===//

ParseResult PrimIfOp::parse(OpAsmParser &parser, OperationState &result) {
  OpAsmParser::UnresolvedOperand condition;
  Type boolType = BoolType::get(parser.getContext());
  if (parser.parseOperand(condition) ||
      parser.resolveOperand(condition, boolType, result.operands))
    return failure();
  if (succeeded(parser.parseOptionalArrow())) {
    if (parser.parseLParen())
      return failure();
    if (failed(parser.parseOptionalRParen()) &&
        (parser.parseTypeList(result.types) || parser.parseRParen()))
      return failure();
  }
  Region *thenRegion = result.addRegion();
  Region *elseRegion = result.addRegion();
  if (parser.parseRegion(*thenRegion, /*arguments=*/{}) ||
      parser.parseKeyword("else") ||
      parser.parseRegion(*elseRegion, /*arguments=*/{}) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();
  return success();
}

void PrimIfOp::print(OpAsmPrinter &printer) {
  printer << ' ' << getCondition();
  if (getNumResults() != 0) {
    printer << " -> (";
    llvm::interleaveComma(getResultTypes(), printer);
    printer << ")";
  }
  printer << ' ';
  printer.printRegion(getThenRegion(), /*printEntryBlockArgs=*/false);
  printer << " else ";
  printer.printRegion(getElseRegion(), /*printEntryBlockArgs=*/false);
  printer.printOptionalAttrDict((*this)->getAttrs());
}

/// The last op of `region`'s single block if it is an OpT, else null. Unlike
/// Block::getTerminator(), safe on blocks that lack a terminator: op
/// verifiers run before the generic check that blocks are terminated.
template <typename OpT>
static OpT getTrailingOp(Region &region) {
  if (!region.hasOneBlock() || region.front().empty())
    return nullptr;
  return dyn_cast<OpT>(region.front().back());
}

LogicalResult PrimIfOp::verify() {
  for (Region *region : {&getThenRegion(), &getElseRegion()}) {
    auto yield = getTrailingOp<PrimIfYieldOp>(*region);
    if (!yield)
      return emitOpError("regions must end with torch.prim.If.yield");
    if (yield.getResults().getTypes() != getResultTypes())
      return yield.emitOpError("yields types (")
             << yield.getResults().getTypes()
             << ") that differ from the torch.prim.If result types ("
             << getResultTypes() << ")";
  }
  return success();
}

LogicalResult PrimLoopOp::verify() {
  if (!getRegion().hasOneBlock())
    return emitOpError("body must be a single block");
  Block &body = getRegion().front();
  TypeRange carriedTypes = getIterArgsInit().getTypes();
  if (getResultTypes() != carriedTypes)
    return emitOpError("result types must equal the loop-carried types");
  if (body.getNumArguments() != carriedTypes.size() + 1 ||
      !isa<IntType>(body.getArgument(0).getType()) ||
      TypeRange(body.getArguments().drop_front()) != carriedTypes)
    return emitOpError("body must take the iteration index (!torch.int) and "
                       "the loop-carried values");
  auto condition = getTrailingOp<PrimLoopConditionOp>(getRegion());
  if (!condition)
    return emitOpError("body must end with torch.prim.Loop.condition");
  if (condition.getIterArgs().getTypes() != carriedTypes)
    return condition.emitOpError(
        "iter values must have the loop-carried types");
  return success();
}

//===----------------------------------------------------------------------===//
// The TorchScript object graph.
//===----------------------------------------------------------------------===//

/// Whether a value of type `actual` may be held where `declared` is: the
/// same type, or any tensor of the same kind where the declaration is an
/// unrefined tensor (instances of one class hold tensors of their own shape).
static bool isStorableAs(Type actual, Type declared) {
  if (actual == declared)
    return true;
  if (auto d = dyn_cast<NonValueTensorType>(declared))
    return isa<NonValueTensorType>(actual) && !d.hasSizes() && !d.hasDtype();
  if (auto d = dyn_cast<ValueTensorType>(declared))
    return isa<ValueTensorType>(actual) && !d.hasSizes() && !d.hasDtype();
  return false;
}

template <typename OpT>
static OpT findMember(ClassTypeOp classType, StringRef name) {
  for (auto member : classType.getRegion().front().getOps<OpT>())
    if (member.getName() == name)
      return member;
  return nullptr;
}

/// The torch.class_type that `type` (an nn.Module type) names, or an error
/// on `user`.
static FailureOr<ClassTypeOp> lookupClass(Operation *user, Type type,
                                          SymbolTableCollection &symbols) {
  auto moduleType = cast<NnModuleType>(type);
  auto classType = symbols.lookupNearestSymbolFrom<ClassTypeOp>(
      user, StringAttr::get(user->getContext(), moduleType.getClassName()));
  if (!classType)
    return user->emitOpError("refers to class '")
           << moduleType.getClassName() << "', which has no torch.class_type";
  return classType;
}

LogicalResult ClassTypeOp::verify() {
  llvm::StringSet<> attrs, methods;
  for (Operation &op : getRegion().front()) {
    if (auto attr = dyn_cast<AttrOp>(op)) {
      if (!attrs.insert(attr.getName()).second)
        return attr.emitOpError("duplicate attribute '")
               << attr.getName() << "'";
    } else if (auto method = dyn_cast<MethodOp>(op)) {
      if (!methods.insert(method.getName()).second)
        return method.emitOpError("duplicate method '")
               << method.getName() << "'";
    } else if (!isa<ClassTypeTerminatorOp>(op)) {
      return op.emitOpError("is not allowed in a torch.class_type");
    }
  }
  return success();
}

LogicalResult MethodOp::verifySymbolUses(SymbolTableCollection &symbols) {
  Operation *function =
      symbols.lookupNearestSymbolFrom(*this, getFunctionAttr());
  auto functionType =
      function ? function->getAttrOfType<TypeAttr>("function_type") : nullptr;
  if (!functionType || !isa<FunctionType>(functionType.getValue()))
    return emitOpError("'@") << getFunction() << "' is not a function";
  auto inputs = cast<FunctionType>(functionType.getValue()).getInputs();
  auto className = cast<ClassTypeOp>((*this)->getParentOp()).getSymName();
  Type self = NnModuleType::get(getContext(), className);
  if (inputs.empty() || inputs.front() != self)
    return emitOpError("function '")
           << getFunction() << "' must take " << self << " as first argument";
  return success();
}

LogicalResult NnModuleOp::verify() {
  for (Operation &op : getRegion().front())
    if (!isa<SlotOp, NnModuleTerminatorOp>(op))
      return op.emitOpError("is not allowed in a torch.nn_module");
  return success();
}

LogicalResult NnModuleOp::verifySymbolUses(SymbolTableCollection &symbols) {
  FailureOr<ClassTypeOp> classType = lookupClass(*this, getType(), symbols);
  if (failed(classType))
    return failure();
  auto attrs = classType->getRegion().front().getOps<AttrOp>();
  auto slots = getRegion().front().getOps<SlotOp>();
  auto attr = attrs.begin();
  for (SlotOp slot : slots) {
    if (attr == attrs.end())
      return slot.emitOpError("'")
             << slot.getName() << "' is not an attribute of class '"
             << getClassName() << "'";
    if (slot.getName() != (*attr).getName())
      return slot.emitOpError("'")
             << slot.getName() << "' is out of order: class '"
             << getClassName() << "' declares '" << (*attr).getName()
             << "' at this position";
    if (!isStorableAs(slot.getValue().getType(), (*attr).getType()))
      return slot.emitOpError("value of type ")
             << slot.getValue().getType() << " cannot be held by attribute '"
             << slot.getName() << "' of type " << (*attr).getType();
    ++attr;
  }
  if (attr != attrs.end())
    return emitOpError("has no slot for attribute '")
           << (*attr).getName() << "' of class '" << getClassName() << "'";
  return success();
}

/// The declared attribute `name` of `receiver`'s class, or an error.
static FailureOr<AttrOp> lookupAttr(Operation *user, Value receiver,
                                    StringRef name,
                                    SymbolTableCollection &symbols) {
  FailureOr<ClassTypeOp> classType =
      lookupClass(user, receiver.getType(), symbols);
  if (failed(classType))
    return failure();
  if (auto attr = findMember<AttrOp>(*classType, name))
    return attr;
  return user->emitOpError("class '")
         << classType->getSymName() << "' has no attribute '" << name << "'";
}

LogicalResult PrimGetAttrOp::verifySymbolUses(SymbolTableCollection &symbols) {
  FailureOr<AttrOp> attr =
      lookupAttr(*this, getReceiver(), getName(), symbols);
  if (failed(attr))
    return failure();
  if (getType() != attr->getType())
    return emitOpError("result type ")
           << getType() << " differs from the type of attribute '"
           << getName() << "' (" << attr->getType() << ")";
  return success();
}

LogicalResult PrimSetAttrOp::verifySymbolUses(SymbolTableCollection &symbols) {
  FailureOr<AttrOp> attr =
      lookupAttr(*this, getReceiver(), getName(), symbols);
  if (failed(attr))
    return failure();
  if (!isStorableAs(getValue().getType(), attr->getType()))
    return emitOpError("value of type ")
           << getValue().getType() << " cannot be held by attribute '"
           << getName() << "' of type " << attr->getType();
  return success();
}

LogicalResult
PrimCallMethodOp::verifySymbolUses(SymbolTableCollection &symbols) {
  FailureOr<ClassTypeOp> classType =
      lookupClass(*this, getReceiver().getType(), symbols);
  if (failed(classType))
    return failure();
  auto method = findMember<MethodOp>(*classType, getName());
  if (!method)
    return emitOpError("class '") << classType->getSymName()
                                  << "' has no method '" << getName() << "'";
  Operation *function =
      symbols.lookupNearestSymbolFrom(*this, method.getFunctionAttr());
  auto functionType =
      function ? function->getAttrOfType<TypeAttr>("function_type") : nullptr;
  if (!functionType)
    return emitOpError("method '") << getName() << "' has no function";
  auto type = cast<FunctionType>(functionType.getValue());
  SmallVector<Type> inputs{getReceiver().getType()};
  llvm::append_range(inputs, getArguments().getTypes());
  if (TypeRange(type.getInputs()) != TypeRange(inputs) ||
      TypeRange(type.getResults()) != getResultTypes())
    return emitOpError("types do not match method '")
           << getName() << "' of type " << type;
  return success();
}

//===----------------------------------------------------------------------===//
// Symbolic shapes.
//===----------------------------------------------------------------------===//

LogicalResult SymbolicIntOp::verify() {
  if (getMinVal() > getMaxVal())
    return emitOpError("min_val ")
           << getMinVal() << " is greater than max_val " << getMaxVal();
  return success();
}

LogicalResult BindSymbolicShapeOp::verify() {
  TensorTypeInfo info = getTensorTypeInfo(getOperand().getType());
  AffineMap map = getShapeExpressions();
  if (map.getNumDims() != 0)
    return emitOpError("shape expressions must use symbols only, not dims");
  if (map.getNumSymbols() != getShapeSymbols().size())
    return emitOpError("shape expressions use ")
           << map.getNumSymbols() << " symbols but "
           << getShapeSymbols().size() << " were given";
  if (info.sizes && map.getNumResults() != info.sizes->size())
    return emitOpError("gives ")
           << map.getNumResults() << " shape expressions for a tensor of rank "
           << info.sizes->size();
  return success();
}

//===----------------------------------------------------------------------===//
// Verifiers of generated ops: shape errors that are decidable statically.
//===----------------------------------------------------------------------===//

/// Checks a batched or plain matrix product: `self` [..., M, K] x `mat2`
/// [..., K, N] -> [..., M, N], for tensors of rank `rank` where known.
static LogicalResult verifyMatrixProduct(Operation *op, Value self, Value mat2,
                                         Value result, int64_t rank) {
  TensorTypeInfo a = getTensorTypeInfo(self.getType());
  TensorTypeInfo b = getTensorTypeInfo(mat2.getType());
  TensorTypeInfo r = getTensorTypeInfo(result.getType());
  for (auto [name, info] :
       {std::pair<StringRef, TensorTypeInfo &>{"self", a}, {"mat2", b},
        {"result", r}})
    if (info.sizes && static_cast<int64_t>(info.sizes->size()) != rank)
      return op->emitOpError("expects ")
             << name << " to have rank " << rank << ", but it is "
             << (name == "result" ? result.getType()
                 : name == "self" ? self.getType()
                                  : mat2.getType());
  if (a.dtype && b.dtype && a.dtype != b.dtype)
    return op->emitOpError("expects self and mat2 of the same dtype, got ")
           << a.dtype << " and " << b.dtype;
  auto conflict = [](int64_t x, int64_t y) {
    return x != -1 && y != -1 && x != y;
  };
  if (a.sizes && b.sizes) {
    if (conflict((*a.sizes)[rank - 1], (*b.sizes)[rank - 2]))
      return op->emitOpError("contracting dimensions differ: self is ")
             << self.getType() << " and mat2 is " << mat2.getType();
    if (rank == 3 && conflict((*a.sizes)[0], (*b.sizes)[0]))
      return op->emitOpError("batch dimensions differ: self is ")
             << self.getType() << " and mat2 is " << mat2.getType();
  }
  // The result is [..., M, N] (batch from either operand) with the operands'
  // dtype.
  auto resultDimConflicts = [&](int64_t dim, const TensorTypeInfo &operand) {
    return operand.sizes && conflict((*r.sizes)[dim], (*operand.sizes)[dim]);
  };
  bool shapeMismatch =
      r.sizes && (resultDimConflicts(rank - 2, a) ||
                  resultDimConflicts(rank - 1, b) ||
                  (rank == 3 && (resultDimConflicts(0, a) ||
                                 resultDimConflicts(0, b))));
  Type operandDtype = a.dtype ? a.dtype : b.dtype;
  bool dtypeMismatch = r.dtype && operandDtype && r.dtype != operandDtype;
  if (shapeMismatch || dtypeMismatch)
    return op->emitOpError("result type ")
           << result.getType() << " does not match the product of "
           << self.getType() << " and " << mat2.getType();
  return success();
}

LogicalResult AtenMmOp::verify() {
  return verifyMatrixProduct(*this, getSelf(), getMat2(), getResult(), 2);
}

LogicalResult AtenBmmOp::verify() {
  return verifyMatrixProduct(*this, getSelf(), getMat2(), getResult(), 3);
}
