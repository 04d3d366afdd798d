//===- TorchOps.h - Torch dialect ops -------------------------------------===//
#ifndef TORCH_MLIR_CORE_DIALECT_TORCH_IR_TORCHOPS_H
#define TORCH_MLIR_CORE_DIALECT_TORCH_IR_TORCHOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchDialect.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.h"

namespace mlir {
namespace torch {
namespace OpTrait {
// Marker traits: they carry no verification, passes query them with
// `op->hasTrait<...>()`.
template <typename ConcreteType>
class HasValueSemantics
    : public ::mlir::OpTrait::TraitBase<ConcreteType, HasValueSemantics> {};
template <typename ConcreteType>
class ReadOnly : public ::mlir::OpTrait::TraitBase<ConcreteType, ReadOnly> {};
template <typename ConcreteType>
class AllowsTypeRefinement
    : public ::mlir::OpTrait::TraitBase<ConcreteType, AllowsTypeRefinement> {};
template <typename ConcreteType>
class IsTrailingUnderscoreInplaceVariant
    : public ::mlir::OpTrait::TraitBase<ConcreteType,
                                        IsTrailingUnderscoreInplaceVariant> {};
template <typename ConcreteType>
class PureOnValueTensors
    : public ::mlir::OpTrait::TraitBase<ConcreteType, PureOnValueTensors> {};
} // namespace OpTrait

/// The memory effects of a PureOnValueTensors op (see TorchBase.td).
void getPureOnValueTensorsEffects(
    Operation *op,
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects);

/// The assembly format shared by all generated ops:
///   %r = torch.aten.foo %a, %b : !ta, !tb -> !tr
ParseResult parseGeneratedTorchOp(OpAsmParser &parser, OperationState &result);
void printGeneratedTorchOp(OpAsmPrinter &printer, Operation *op);

/// `custom<TorchInt64>($value)`: a Python int that must fit int64 (the
/// builtin integer parser would silently wrap 2**63 into a signless i64).
ParseResult parseTorchInt64(OpAsmParser &parser, IntegerAttr &value);
void printTorchInt64(OpAsmPrinter &printer, Operation *op, IntegerAttr value);

} // namespace torch
} // namespace mlir

#define GET_OP_CLASSES
#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h.inc"

#endif
