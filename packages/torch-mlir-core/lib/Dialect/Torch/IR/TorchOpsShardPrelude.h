//===- TorchOpsShardPrelude.h - What every generated-op shard needs -------===//
//
// Each shard TU (written by CMake) includes this, defines GET_OP_DEFS_<i> and
// includes TorchOps.cpp.inc. Keep it light: it is compiled once per shard.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_MLIR_CORE_LIB_TORCHOPSSHARDPRELUDE_H
#define TORCH_MLIR_CORE_LIB_TORCHOPSSHARDPRELUDE_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpImplementation.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h"

using namespace mlir;
using namespace mlir::torch;

#endif
