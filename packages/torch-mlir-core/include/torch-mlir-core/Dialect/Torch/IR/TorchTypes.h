//===- TorchTypes.h - Torch dialect types ---------------------------------===//
#ifndef TORCH_MLIR_CORE_DIALECT_TORCH_IR_TORCHTYPES_H
#define TORCH_MLIR_CORE_DIALECT_TORCH_IR_TORCHTYPES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/Types.h"

namespace mlir {
namespace torch {
class ValueTensorType;
class NonValueTensorType;
} // namespace torch
} // namespace mlir

#define GET_TYPEDEF_CLASSES
#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.h.inc"

namespace mlir {
namespace torch {

/// True for !torch.vtensor and !torch.tensor.
bool isTorchTensorType(Type type);

/// True if `type` is the element type of a torch dtype (the types of
/// DTYPE_TABLE in python/torch_mlir_core/dtypes.py): f16, bf16, f32, f64, the
/// float8 formats torch has (f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ,
/// f8E8M0FNU), si1..si8/si16/si32/si64, ui1..ui8/ui16/ui32/ui64, i1,
/// complex<f16|f32|f64>, and the quantized/packed Torch dtypes.
bool isValidTorchDtype(Type type);

/// True if a TorchScript value may have this type: any Torch dialect type that
/// is not a pure dtype (e.g. !torch.qint8 is a dtype, not a value type).
bool isValidTorchValueType(Type type);

/// Parses a type nested inside a Torch type: `int`, `vtensor<[2],f32>`, ...
/// may omit the `!torch.` prefix; anything else is parsed as a normal type.
ParseResult parseTorchNestedType(AsmParser &parser, Type &type);
/// Prints a type nested inside a Torch type, omitting the `!torch.` prefix.
void printTorchNestedType(AsmPrinter &printer, Type type);

/// Whether `a` and `b` can describe the same runtime tensor: same kind, and
/// sizes/dtype equal wherever both are known.
bool areCompatibleTensorTypes(Type a, Type b);

} // namespace torch
} // namespace mlir

#endif
