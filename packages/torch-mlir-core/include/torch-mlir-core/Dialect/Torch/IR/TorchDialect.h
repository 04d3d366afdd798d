//===- TorchDialect.h - The Torch dialect ---------------------------------===//
#ifndef TORCH_MLIR_CORE_DIALECT_TORCH_IR_TORCHDIALECT_H
#define TORCH_MLIR_CORE_DIALECT_TORCH_IR_TORCHDIALECT_H

#include "mlir/IR/Dialect.h"

#include "torch-mlir-core/Dialect/Torch/IR/TorchDialect.h.inc"

#endif
