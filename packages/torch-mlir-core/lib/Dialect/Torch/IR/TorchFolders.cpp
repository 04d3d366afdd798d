//===- TorchFolders.cpp - Folders and canonicalizations of Torch ops ------===//
//
// These are what later lowering relies on: constants fold, shape queries on
// statically shaped tensors become constants, list/tuple construction pairs
// cancel, and `if` on a constant condition is inlined.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h"
#include "TorchOpUtils.h"

using namespace mlir;
using namespace mlir::torch;

//===----------------------------------------------------------------------===//
// Constants and casts.
//===----------------------------------------------------------------------===//

OpFoldResult ConstantIntOp::fold(FoldAdaptor) { return getValueAttr(); }
OpFoldResult ConstantFloatOp::fold(FoldAdaptor) { return getValueAttr(); }
OpFoldResult ConstantBoolOp::fold(FoldAdaptor) { return getValueAttr(); }
OpFoldResult ConstantStrOp::fold(FoldAdaptor) { return getValueAttr(); }
OpFoldResult ConstantDeviceOp::fold(FoldAdaptor) { return getValueAttr(); }
OpFoldResult ConstantNumberOp::fold(FoldAdaptor) { return getValueAttr(); }
OpFoldResult ConstantNoneOp::fold(FoldAdaptor) {
  return UnitAttr::get(getContext());
}
OpFoldResult ValueTensorLiteralOp::fold(FoldAdaptor) { return getValueAttr(); }

OpFoldResult TensorStaticInfoCastOp::fold(FoldAdaptor) {
  if (getOperand().getType() == getType())
    return getOperand();
  // cast(cast(x)) with the outer cast restoring x's type.
  if (auto inner = getOperand().getDefiningOp<TensorStaticInfoCastOp>())
    if (inner.getOperand().getType() == getType())
      return inner.getOperand();
  return nullptr;
}

OpFoldResult DerefineOp::fold(FoldAdaptor) {
  if (getOperand().getType() == getType())
    return getOperand();
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Value/non-value copies.
//===----------------------------------------------------------------------===//

void CopyToNonValueTensorOp::getCanonicalizationPatterns(
    RewritePatternSet &patterns, MLIRContext *context) {
  // to_vtensor(to_tensor(x)) -> x when the mutable tensor is only ever read
  // back: nothing can have changed it in between.
  patterns.add(+[](CopyToNonValueTensorOp op, PatternRewriter &rewriter) {
    SmallVector<CopyToValueTensorOp> readers;
    for (Operation *user : op->getUsers()) {
      auto reader = dyn_cast<CopyToValueTensorOp>(user);
      if (!reader)
        return failure();
      readers.push_back(reader);
    }
    for (CopyToValueTensorOp reader : readers)
      rewriter.replaceOp(reader, op.getOperand());
    rewriter.eraseOp(op);
    return success();
  });
}

//===----------------------------------------------------------------------===//
// Lists and tuples.
//===----------------------------------------------------------------------===//

/// Whether a value of type `type` may be, or hold, a reference to a list:
/// a result of such a type could alias the list it was computed from.
static bool mayReferenceList(Type type) {
  return isa<ListType, torch::TupleType, DictType, OptionalType, UnionType,
             AnyType>(type);
}

/// Whether `user`, an op taking a list as an operand, is known to neither
/// mutate that list nor let it escape (into an alias that could be mutated).
static bool isKnownNonMutatingListUser(Operation *user) {
  // Reads whose results are elements (or a length), never the list itself.
  if (isa<AtenLenTOp, Aten__Getitem__TOp, PrimListUnpackOp>(user))
    return true;
  // Any other op must write nothing, return no alias of an operand, and,
  // in case its alias annotations are wrong, return nothing that could hold
  // the list. Unknown ops (torch.operator, other dialects, terminators) and
  // aliasing ones (prim.unchecked_cast, torch.derefine, containers) fail this.
  return user->hasTrait<torch::OpTrait::ReadOnly>() &&
         user->hasTrait<torch::OpTrait::HasValueSemantics>() &&
         llvm::none_of(user->getResultTypes(), mayReferenceList);
}

/// A list built by prim.ListConstruct that nothing may mutate: no user can
/// write it or alias it. Null otherwise.
static PrimListConstructOp getUnmutatedListConstruct(Value list) {
  auto construct = list.getDefiningOp<PrimListConstructOp>();
  if (!construct)
    return nullptr;
  if (!llvm::all_of(construct->getUsers(), isKnownNonMutatingListUser))
    return nullptr;
  return construct;
}

void PrimListUnpackOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                   MLIRContext *context) {
  patterns.add(+[](PrimListUnpackOp op, PatternRewriter &rewriter) {
    PrimListConstructOp construct = getUnmutatedListConstruct(op.getOperand());
    if (!construct || construct.getElements().size() != op.getNumResults())
      return failure();
    if (construct.getElements().getTypes() != op.getResultTypes())
      return failure();
    rewriter.replaceOp(op, construct.getElements());
    return success();
  });
}

void PrimTupleIndexOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                   MLIRContext *context) {
  patterns.add(+[](PrimTupleIndexOp op, PatternRewriter &rewriter) {
    auto construct = op.getTup().getDefiningOp<PrimTupleConstructOp>();
    int64_t index;
    if (!construct || !matchPattern(op.getI(), m_TorchConstantInt(&index)))
      return failure();
    int64_t size = construct.getElements().size();
    if (index < -size || index >= size)
      return failure();
    Value element = construct.getElements()[index < 0 ? index + size : index];
    if (element.getType() != op.getType())
      return failure();
    rewriter.replaceOp(op, element);
    return success();
  });
}

void PrimTupleUnpackOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                    MLIRContext *context) {
  patterns.add(+[](PrimTupleUnpackOp op, PatternRewriter &rewriter) {
    auto construct = op.getTup().getDefiningOp<PrimTupleConstructOp>();
    if (!construct || construct.getElements().getTypes() != op.getResultTypes())
      return failure();
    rewriter.replaceOp(op, construct.getElements());
    return success();
  });
}

//===----------------------------------------------------------------------===//
// Control flow.
//===----------------------------------------------------------------------===//

void PrimIfOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                           MLIRContext *context) {
  // if(constant) -> the taken region, inlined.
  patterns.add(+[](PrimIfOp op, PatternRewriter &rewriter) {
    bool condition;
    if (!matchPattern(op.getCondition(), m_TorchConstantBool(&condition)))
      return failure();
    Region &taken = condition ? op.getThenRegion() : op.getElseRegion();
    Block *block = &taken.front();
    auto yield = cast<PrimIfYieldOp>(block->getTerminator());
    SmallVector<Value> results(yield.getResults());
    rewriter.inlineBlockBefore(block, op);
    rewriter.eraseOp(yield);
    rewriter.replaceOp(op, results);
    return success();
  });
}

//===----------------------------------------------------------------------===//
// Generated ops: scalar arithmetic and shape queries (TorchScript/FX glue).
//===----------------------------------------------------------------------===//

static std::optional<int64_t> getConstantInt(Attribute attr) {
  if (auto intAttr = dyn_cast_if_present<IntegerAttr>(attr))
    return intAttr.getValue().getSExtValue();
  return std::nullopt;
}

static Attribute getIntAttr(MLIRContext *context, int64_t value) {
  return IntegerAttr::get(IntegerType::get(context, 64), value);
}

OpFoldResult AtenSizeIntOp::fold(FoldAdaptor adaptor) {
  TensorTypeInfo info = getTensorTypeInfo(getSelf().getType());
  std::optional<int64_t> dim = getConstantInt(adaptor.getDim());
  if (!info.sizes || !dim)
    return nullptr;
  int64_t rank = info.sizes->size();
  if (*dim < -rank || *dim >= rank)
    return nullptr;
  int64_t size = (*info.sizes)[*dim < 0 ? *dim + rank : *dim];
  if (size == -1)
    return nullptr;
  return getIntAttr(getContext(), size);
}

OpFoldResult AtenDimOp::fold(FoldAdaptor) {
  TensorTypeInfo info = getTensorTypeInfo(getSelf().getType());
  if (!info.sizes)
    return nullptr;
  return getIntAttr(getContext(), info.sizes->size());
}

/// Folds a binary int op: both constant -> compute (nullopt = don't fold);
/// otherwise `identity` (when given) is the right operand value for which the
/// result is the left operand.
template <typename OpT>
static OpFoldResult
foldIntBinary(OpT op, Attribute lhs, Attribute rhs,
              function_ref<std::optional<int64_t>(int64_t, int64_t)> compute,
              std::optional<int64_t> identity) {
  std::optional<int64_t> a = getConstantInt(lhs), b = getConstantInt(rhs);
  if (a && b) {
    if (std::optional<int64_t> result = compute(*a, *b))
      return getIntAttr(op.getContext(), *result);
    return nullptr;
  }
  if (identity && b == identity)
    return op.getA();
  return nullptr;
}

/// Wraps llvm::AddOverflow & co: no fold when the int64 result overflows.
static auto overflowChecked(int64_t (*overflowing)(int64_t, int64_t,
                                                   int64_t &)) {
  return [=](int64_t a, int64_t b) -> std::optional<int64_t> {
    int64_t r;
    if (overflowing(a, b, r))
      return std::nullopt;
    return r;
  };
}

OpFoldResult AtenAddIntOp::fold(FoldAdaptor adaptor) {
  return foldIntBinary(*this, adaptor.getA(), adaptor.getB(),
                       overflowChecked(llvm::AddOverflow<int64_t>), 0);
}

OpFoldResult AtenSubIntOp::fold(FoldAdaptor adaptor) {
  return foldIntBinary(*this, adaptor.getA(), adaptor.getB(),
                       overflowChecked(llvm::SubOverflow<int64_t>), 0);
}

OpFoldResult AtenMulIntOp::fold(FoldAdaptor adaptor) {
  return foldIntBinary(*this, adaptor.getA(), adaptor.getB(),
                       overflowChecked(llvm::MulOverflow<int64_t>), 1);
}

OpFoldResult AtenFloordivIntOp::fold(FoldAdaptor adaptor) {
  return foldIntBinary(
      *this, adaptor.getA(), adaptor.getB(),
      [](int64_t a, int64_t b) -> std::optional<int64_t> {
        if (b == 0 || (a == std::numeric_limits<int64_t>::min() && b == -1))
          return std::nullopt;
        // Python floor division rounds toward negative infinity.
        int64_t q = a / b;
        if (a % b != 0 && ((a < 0) != (b < 0)))
          --q;
        return q;
      },
      1);
}

OpFoldResult AtenNegIntOp::fold(FoldAdaptor adaptor) {
  std::optional<int64_t> a = getConstantInt(adaptor.getA());
  if (!a || *a == std::numeric_limits<int64_t>::min())
    return nullptr;
  return getIntAttr(getContext(), -*a);
}

/// Folds an int comparison: both constant, or both the same SSA value (then
/// `reflexive` is the answer).
template <typename OpT>
static OpFoldResult foldIntCompare(OpT op, Attribute lhs, Attribute rhs,
                                   function_ref<bool(int64_t, int64_t)> pred,
                                   bool reflexive) {
  if (op.getA() == op.getB())
    return BoolAttr::get(op.getContext(), reflexive);
  std::optional<int64_t> a = getConstantInt(lhs), b = getConstantInt(rhs);
  if (!a || !b)
    return nullptr;
  return BoolAttr::get(op.getContext(), pred(*a, *b));
}

OpFoldResult AtenEqIntOp::fold(FoldAdaptor adaptor) {
  return foldIntCompare(*this, adaptor.getA(), adaptor.getB(),
                        std::equal_to<int64_t>(), true);
}
OpFoldResult AtenNeIntOp::fold(FoldAdaptor adaptor) {
  return foldIntCompare(*this, adaptor.getA(), adaptor.getB(),
                        std::not_equal_to<int64_t>(), false);
}
OpFoldResult AtenLtIntOp::fold(FoldAdaptor adaptor) {
  return foldIntCompare(*this, adaptor.getA(), adaptor.getB(),
                        std::less<int64_t>(), false);
}
OpFoldResult AtenLeIntOp::fold(FoldAdaptor adaptor) {
  return foldIntCompare(*this, adaptor.getA(), adaptor.getB(),
                        std::less_equal<int64_t>(), true);
}
OpFoldResult AtenGtIntOp::fold(FoldAdaptor adaptor) {
  return foldIntCompare(*this, adaptor.getA(), adaptor.getB(),
                        std::greater<int64_t>(), false);
}
OpFoldResult AtenGeIntOp::fold(FoldAdaptor adaptor) {
  return foldIntCompare(*this, adaptor.getA(), adaptor.getB(),
                        std::greater_equal<int64_t>(), true);
}

OpFoldResult Aten__Not__Op::fold(FoldAdaptor adaptor) {
  if (auto value = dyn_cast_if_present<BoolAttr>(adaptor.getSelf()))
    return BoolAttr::get(getContext(), !value.getValue());
  return nullptr;
}

OpFoldResult AtenBoolIntOp::fold(FoldAdaptor adaptor) {
  if (std::optional<int64_t> a = getConstantInt(adaptor.getA()))
    return BoolAttr::get(getContext(), *a != 0);
  return nullptr;
}

OpFoldResult AtenIntBoolOp::fold(FoldAdaptor adaptor) {
  if (auto value = dyn_cast_if_present<BoolAttr>(adaptor.getA()))
    return getIntAttr(getContext(), value.getValue() ? 1 : 0);
  return nullptr;
}

OpFoldResult AtenLenTOp::fold(FoldAdaptor) {
  if (PrimListConstructOp construct = getUnmutatedListConstruct(getA()))
    return getIntAttr(getContext(), construct.getElements().size());
  return nullptr;
}

/// Whether `x is y` is decided by the static types alone: None is None; None
/// is never a value whose type cannot hold None.
static std::optional<bool> foldIsOperator(Type lhs, Type rhs) {
  auto canBeNone = [](Type t) {
    return isa<torch::NoneType, OptionalType, AnyType, UnionType>(t);
  };
  if (isa<torch::NoneType>(lhs) && isa<torch::NoneType>(rhs))
    return true;
  if ((isa<torch::NoneType>(lhs) && !canBeNone(rhs)) ||
      (isa<torch::NoneType>(rhs) && !canBeNone(lhs)))
    return false;
  return std::nullopt;
}

OpFoldResult Aten__Is__Op::fold(FoldAdaptor) {
  if (std::optional<bool> is =
          foldIsOperator(getSelf().getType(), getObj().getType()))
    return BoolAttr::get(getContext(), *is);
  return nullptr;
}

OpFoldResult Aten__Isnot__Op::fold(FoldAdaptor) {
  if (std::optional<bool> is =
          foldIsOperator(getSelf().getType(), getObj().getType()))
    return BoolAttr::get(getContext(), !*is);
  return nullptr;
}

void AtenSizeOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                             MLIRContext *context) {
  // size(x) of a ranked x -> [size.int(x, 0), size.int(x, 1), ...], which
  // then fold to constants wherever the dims are static.
  patterns.add(+[](AtenSizeOp op, PatternRewriter &rewriter) {
    TensorTypeInfo info = getTensorTypeInfo(op.getSelf().getType());
    if (!info.sizes)
      return failure();
    Location loc = op.getLoc();
    Type intType = IntType::get(op.getContext());
    SmallVector<Value> dims;
    for (int64_t i = 0, e = info.sizes->size(); i < e; ++i) {
      Value index = ConstantIntOp::create(rewriter, loc, i);
      dims.push_back(
          AtenSizeIntOp::create(rewriter, loc, intType, op.getSelf(), index));
    }
    rewriter.replaceOpWithNewOp<PrimListConstructOp>(op, op.getType(), dims);
    return success();
  });
}

void Aten__Getitem__TOp::getCanonicalizationPatterns(
    RewritePatternSet &patterns, MLIRContext *context) {
  patterns.add(+[](Aten__Getitem__TOp op, PatternRewriter &rewriter) {
    PrimListConstructOp construct = getUnmutatedListConstruct(op.getList());
    int64_t index;
    if (!construct || !matchPattern(op.getIdx(), m_TorchConstantInt(&index)))
      return failure();
    int64_t size = construct.getElements().size();
    if (index < -size || index >= size)
      return failure();
    Value element = construct.getElements()[index < 0 ? index + size : index];
    if (element.getType() != op.getType())
      return failure();
    rewriter.replaceOp(op, element);
    return success();
  });
}
