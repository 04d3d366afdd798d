//===- TorchDialect.cpp - The Torch dialect -------------------------------===//

#include "torch-mlir-core/Dialect/Torch/IR/TorchDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchOps.h"
#include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.h"

using namespace mlir;
using namespace mlir::torch;

#include "torch-mlir-core/Dialect/Torch/IR/TorchDialect.cpp.inc"

void TorchDialect::initialize() {
  registerTorchDialectOperations(this);
  registerTypes();
}

Operation *TorchDialect::materializeConstant(OpBuilder &builder,
                                             Attribute value, Type type,
                                             Location loc) {
  if (isa<IntType>(type)) {
    if (auto intAttr = dyn_cast<IntegerAttr>(value))
      return ConstantIntOp::create(builder, loc, intAttr.getInt());
  }
  if (isa<torch::FloatType>(type)) {
    if (auto floatAttr = dyn_cast<FloatAttr>(value))
      return ConstantFloatOp::create(builder, loc,
                                     floatAttr.getValueAsDouble());
  }
  if (isa<BoolType>(type)) {
    if (auto boolAttr = dyn_cast<BoolAttr>(value))
      return ConstantBoolOp::create(builder, loc, boolAttr.getValue());
    if (auto intAttr = dyn_cast<IntegerAttr>(value))
      return ConstantBoolOp::create(builder, loc, intAttr.getValue() != 0);
  }
  if (isa<torch::NoneType>(type))
    return ConstantNoneOp::create(builder, loc, type);
  if (isa<StringType>(type)) {
    if (auto strAttr = dyn_cast<StringAttr>(value))
      return ConstantStrOp::create(builder, loc, type, strAttr);
  }
  if (auto tensorType = dyn_cast<ValueTensorType>(type)) {
    if (auto elements = dyn_cast<ElementsAttr>(value))
      if (elements.getShapedType() == tensorType.toBuiltinTensor())
        return ValueTensorLiteralOp::create(builder, loc, type, elements);
  }
  return nullptr;
}
