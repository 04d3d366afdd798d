//===- TorchOpUtils.h - Helpers shared by the op implementations ----------===//
#ifndef TORCH_MLIR_CORE_LIB_TORCHOPUTILS_H
#define TORCH_MLIR_CORE_LIB_TORCHOPUTILS_H

#include "mlir/IR/Matchers.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h"

namespace mlir {
namespace torch {

/// Sizes and dtype of a !torch.vtensor or !torch.tensor (both absent for
/// other types).
struct TensorTypeInfo {
  std::optional<ArrayRef<int64_t>> sizes;
  Type dtype;
};
TensorTypeInfo getTensorTypeInfo(Type type);

/// Whether a value of type `subtype` may stand where `supertype` is expected
/// (int in optional<int>, vtensor<[2],f32> in vtensor, int in number, ...).
bool isValidSubtype(Type subtype, Type supertype);

/// Matches a value produced by torch.constant.int, binding its value.
struct TorchConstantIntMatcher {
  int64_t *bind;
  bool match(Operation *op) const {
    if (auto constant = dyn_cast<ConstantIntOp>(op)) {
      *bind = constant.getValueAttr().getInt();
      return true;
    }
    return false;
  }
};
inline TorchConstantIntMatcher m_TorchConstantInt(int64_t *bind) {
  return {bind};
}

/// Matches a value produced by torch.constant.bool, binding its value.
struct TorchConstantBoolMatcher {
  bool *bind;
  bool match(Operation *op) const {
    if (auto constant = dyn_cast<ConstantBoolOp>(op)) {
      *bind = constant.getValueAttr().getValue();
      return true;
    }
    return false;
  }
};
inline TorchConstantBoolMatcher m_TorchConstantBool(bool *bind) {
  return {bind};
}

} // namespace torch
} // namespace mlir

#endif
