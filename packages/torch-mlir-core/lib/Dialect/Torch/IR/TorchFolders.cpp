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

/// A list built by prim.ListConstruct that nothing may mutate: every user only
/// reads it. Null otherwise.
static PrimListConstructOp getUnmutatedListConstruct(Value list) {
  auto construct = list.getDefiningOp<PrimListConstructOp>();
  if (!construct)
    return nullptr;
  for (Operation *user : construct->getUsers())
    if (!user->hasTrait<torch::OpTrait::ReadOnly>() &&
        !isa<PrimListUnpackOp>(user))
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
