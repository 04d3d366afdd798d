//===- TorchBase.td - The Torch dialect, its traits and op base classes ---===//
//
// Part of torch-mlir-core. The dialect models PyTorch programs: `torch.aten.*`
// and `torch.prim.*` ops over `!torch.*` types, one op per schema overload.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_CORE_TORCH_BASE
#define TORCH_MLIR_CORE_TORCH_BASE

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Torch_Dialect : Dialect {
  let name = "torch";
  let cppNamespace = "::mlir::torch";
  let summary = "Ops and types of PyTorch programs";
  let description = [{
    Every ATen/prim operator overload known to torch's schema registry that we
    generate gets its own op (`torch.aten.add.Tensor`); anything else is a
    `torch.operator "ns.name.overload"`, so import never fails on an unknown op.
    Tensors are `!torch.vtensor` (value semantics) or `!torch.tensor` (aliasing,
    mutable), with optional shape and dtype.
  }];
  let hasConstantMaterializer = 1;
  let useDefaultTypePrinterParser = 0;
  let extraClassDeclaration = [{
    ::mlir::Type parseType(::mlir::DialectAsmParser &parser) const override;
    void printType(::mlir::Type type,
                   ::mlir::DialectAsmPrinter &printer) const override;
  private:
    void registerTypes();
  }];
}

class Torch_OpTrait<string name> : NativeOpTrait<name> {
  let cppNamespace = "::mlir::torch::OpTrait";
}

//===----------------------------------------------------------------------===//
// Traits derived from a schema's alias annotations.
//===----------------------------------------------------------------------===//

// No operand is written and no result aliases an operand: with `!torch.vtensor`
// operands the op is a pure function of its inputs.
def HasValueSemantics : Torch_OpTrait<"HasValueSemantics">;
// No operand is written (results may alias operands, as views do).
def ReadOnly : Torch_OpTrait<"ReadOnly">;
// Result types may be replaced by more refined ones (known shape/dtype)
// without a cast: shape/dtype refinement relies on it.
def AllowsTypeRefinement : Torch_OpTrait<"AllowsTypeRefinement">;
// The op is `aten::foo_`, the in-place variant of `aten::foo`.
def IsTrailingUnderscoreInplaceVariant
    : Torch_OpTrait<"IsTrailingUnderscoreInplaceVariant">;

// Free of side effects when every tensor it touches is a !torch.vtensor:
// then CSE may merge and DCE may erase it. With !torch.tensor operands it
// reads mutable memory, and fresh !torch.tensor/list/dict results are
// allocations (mutable objects), so CSE must not merge two of them.
def Torch_PureOnValueTensorsImpl : NativeOpTrait<"PureOnValueTensors", [], [{}], [{
  void $cppClass::getEffects(
      ::llvm::SmallVectorImpl<::mlir::SideEffects::EffectInstance<
          ::mlir::MemoryEffects::Effect>> &effects) {
    ::mlir::torch::getPureOnValueTensorsEffects(getOperation(), effects);
  }
}]> {
  let cppNamespace = "::mlir::torch::OpTrait";
}
def PureOnValueTensors : TraitList<[
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    Torch_PureOnValueTensorsImpl]>;

//===----------------------------------------------------------------------===//
// Op base classes.
//===----------------------------------------------------------------------===//

class Torch_Op<string mnemonic, list<Trait> traits = []>
    : Op<Torch_Dialect, mnemonic, traits>;

// Base of every op written by the schema generator. All generated ops share one
// parser/printer (defined in TorchOps.cpp):
//   %r = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
// Sharing it keeps the per-op generated C++ small, hence the build fast.
class Torch_GeneratedOp<string mnemonic, list<Trait> traits = []>
    : Torch_Op<mnemonic, traits> {
  let hasCustomAssemblyFormat = 1;
  let extraClassDefinition = [{
    ::mlir::ParseResult $cppClass::parse(::mlir::OpAsmParser &parser,
                                         ::mlir::OperationState &result) {
      return ::mlir::torch::parseGeneratedTorchOp(parser, result);
    }
    void $cppClass::print(::mlir::OpAsmPrinter &printer) {
      ::mlir::torch::printGeneratedTorchOp(printer, getOperation());
    }
  }];
}

#endif // TORCH_MLIR_CORE_TORCH_BASE
