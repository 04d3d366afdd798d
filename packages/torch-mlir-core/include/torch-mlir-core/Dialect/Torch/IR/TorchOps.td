//===- TorchOps.td - Torch dialect ops ------------------------------------===//
//
// Hand-written ops live here; one op per schema overload is generated into
// GeneratedTorchOps.td by `python -m torch_mlir_core.tools.torch_ods_gen`.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_CORE_TORCH_OPS
#define TORCH_MLIR_CORE_TORCH_OPS

include "mlir/IR/OpBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/CastInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.td"

include "torch-mlir-core/Dialect/Torch/IR/GeneratedTorchOps.td"

//===----------------------------------------------------------------------===//
// Constants.
//===----------------------------------------------------------------------===//

class Torch_ConstantOp<string mnemonic, Type resultType, Attr valueAttr>
    : Torch_Op<mnemonic, [ConstantLike, Pure, AllowsTypeRefinement]> {
  let arguments = (ins valueAttr:$value);
  let results = (outs resultType:$result);
  let assemblyFormat = "$value attr-dict";
  let hasFolder = 1;
}

def Torch_ConstantIntOp
    : Torch_ConstantOp<"constant.int", Torch_IntType, I64Attr> {
  let summary = "A Python int constant";
  let assemblyFormat = "custom<TorchInt64>($value) attr-dict";
  let builders = [OpBuilder<(ins "int64_t":$value), [{
    build($_builder, $_state, $_builder.getI64IntegerAttr(value));
  }]>];
}
def Torch_ConstantFloatOp
    : Torch_ConstantOp<"constant.float", Torch_FloatType, F64Attr> {
  let summary = "A Python float constant";
  let builders = [OpBuilder<(ins "double":$value), [{
    build($_builder, $_state, $_builder.getF64FloatAttr(value));
  }]>];
}
def Torch_ConstantBoolOp
    : Torch_ConstantOp<"constant.bool", Torch_BoolType, BoolAttr> {
  let summary = "A Python bool constant";
  let builders = [OpBuilder<(ins "bool":$value), [{
    build($_builder, $_state, $_builder.getBoolAttr(value));
  }]>];
}
def Torch_ConstantStrOp
    : Torch_ConstantOp<"constant.str", Torch_StringType, StrAttr> {
  let summary = "A Python str constant";
}
def Torch_ConstantDeviceOp
    : Torch_ConstantOp<"constant.device", Torch_DeviceType, StrAttr> {
  let summary = "A torch.device constant, e.g. \"cpu\" or \"cuda:0\"";
}
def Torch_ConstantNumberOp
    : Torch_ConstantOp<"constant.number", Torch_NumberType,
                       AnyAttrOf<[I64Attr, F64Attr]>> {
  let summary = "A Python scalar of statically unknown kind (int or float)";
}
def Torch_ConstantNoneOp
    : Torch_Op<"constant.none", [ConstantLike, Pure, AllowsTypeRefinement]> {
  let summary = "Python None";
  let results = (outs Torch_NoneType:$result);
  let assemblyFormat = "attr-dict";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Tensor literals and value/non-value conversions.
//===----------------------------------------------------------------------===//

def Torch_ValueTensorLiteralOp : Torch_Op<"vtensor.literal", [
    ConstantLike, Pure, AllowsTypeRefinement]> {
  let summary = "A tensor constant with value semantics";
  let description = [{
    `value` is any ElementsAttr: `dense<...>` for small values, or
    `dense_resource<name>` for weights, whose bytes never pass through Python
    lists. Its builtin tensor type must have the result's shape and dtype.
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Torch_ValueTensorType:$result);
  let assemblyFormat = "`(` $value `)` attr-dict `:` qualified(type($result))";
  let hasFolder = 1;
  let hasVerifier = 1;
}

def Torch_NonValueTensorLiteralOp : Torch_Op<"tensor.literal", [
    AllowsTypeRefinement]> {
  let summary = "Creates a fresh mutable tensor holding a constant";
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Torch_NonValueTensorType:$result);
  let assemblyFormat = "`(` $value `)` attr-dict `:` qualified(type($result))";
  let hasVerifier = 1;
}

def Torch_CopyToValueTensorOp : Torch_Op<"copy.to_vtensor", []> {
  let summary = "Snapshots a mutable tensor into a value tensor";
  let arguments = (ins Torch_NonValueTensorType:$operand);
  let results = (outs Torch_ValueTensorType:$result);
  let assemblyFormat = [{
    $operand attr-dict `:` qualified(type($operand)) `->` qualified(type($result))
  }];
  let hasVerifier = 1;
}

def Torch_CopyToNonValueTensorOp : Torch_Op<"copy.to_tensor", []> {
  let summary = "Creates a fresh mutable tensor holding a value tensor";
  let arguments = (ins Torch_ValueTensorType:$operand);
  let results = (outs Torch_NonValueTensorType:$result);
  let assemblyFormat = [{
    $operand attr-dict `:` qualified(type($operand)) `->` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Torch_OverwriteTensorContentsOp : Torch_Op<"overwrite.tensor.contents", []> {
  let summary = "Replaces the contents of a mutable tensor with a value";
  let arguments = (ins Torch_ValueTensorType:$value,
                       Torch_NonValueTensorType:$overwritten);
  let assemblyFormat = [{
    $value `overwrites` $overwritten attr-dict
      `:` qualified(type($value)) `,` qualified(type($overwritten))
  }];
  let hasVerifier = 1;
}

def Torch_TensorStaticInfoCastOp : Torch_Op<"tensor_static_info_cast", [
    DeclareOpInterfaceMethods<CastOpInterface>, AllowsTypeRefinement, Pure]> {
  let summary = "Adds or removes static shape/dtype information of a tensor";
  let arguments = (ins AnyTorchTensorType:$operand);
  let results = (outs AnyTorchTensorType:$result);
  let assemblyFormat = [{
    $operand attr-dict `:` qualified(type($operand)) `to` qualified(type($result))
  }];
  let hasFolder = 1;
}

def Torch_DerefineOp : Torch_Op<"derefine", [
    DeclareOpInterfaceMethods<CastOpInterface>, Pure]> {
  let summary = "Casts a value to a less refined type (int to optional<int>)";
  let arguments = (ins AnyTorchType:$operand);
  let results = (outs AnyTorchType:$result);
  let assemblyFormat = [{
    $operand attr-dict `:` qualified(type($operand)) `to` qualified(type($result))
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Generic op for operators without a generated definition.
//===----------------------------------------------------------------------===//

def Torch_OperatorOp : Torch_Op<"operator", [AllowsTypeRefinement]> {
  let summary = "Any torch operator, named by its qualified name";
  let description = [{
    `torch.operator "aten.foo.overload"(%a, %b) : (!torch.vtensor, !torch.int) -> !torch.vtensor`.
    Used for ops the dialect has no definition for (custom ops, new ATen ops),
    optionally with regions (higher-order ops such as `cond`).
  }];
  let arguments = (ins StrAttr:$name, Variadic<AnyTorchType>:$operands);
  let results = (outs Variadic<AnyTorchType>:$results);
  let regions = (region VariadicRegion<AnyRegion>:$regions);
  let assemblyFormat = [{
    $name `(` $operands `)` attr-dict `:` functional-type($operands, $results)
      ($regions^)?
  }];
  let hasVerifier = 1;
}

def Torch_OperatorTerminatorOp : Torch_Op<"operator_terminator", [
    Terminator, HasParent<"::mlir::torch::OperatorOp">]> {
  let summary = "Yields values from a region of torch.operator";
  let arguments = (ins Variadic<AnyTorchType>:$operands);
  // As torch.prim.If.yield: a region without results ends in a bare
  // `torch.operator_terminator`.
  let assemblyFormat = "attr-dict ($operands^ `:` type($operands))?";
}

//===----------------------------------------------------------------------===//
// Lists and tuples.
//===----------------------------------------------------------------------===//

def Torch_PrimListConstructOp : Torch_Op<"prim.ListConstruct", [
    Pure, AllowsTypeRefinement]> {
  let summary = "Builds a list from values";
  let arguments = (ins Variadic<AnyTorchType>:$elements);
  let results = (outs AnyTorchListType:$result);
  let assemblyFormat = [{
    $elements attr-dict `:` functional-type($elements, $result)
  }];
  let hasVerifier = 1;
}

def Torch_PrimDictConstructOp : Torch_Op<"prim.DictConstruct", [
    AllowsTypeRefinement, SameVariadicOperandSize]> {
  let summary = "Builds a dict from keys and the values at the same positions";
  let arguments = (ins Variadic<AnyTorchType>:$keys, Variadic<AnyTorchType>:$values);
  let results = (outs Torch_DictType:$result);
  let assemblyFormat = [{
    `keys` `(` ($keys^ `:` type($keys))? `)` `values` `(` ($values^ `:` type($values))? `)`
      attr-dict `->` qualified(type($result))
  }];
  let hasVerifier = 1;
}

def Torch_PrimListUnpackOp : Torch_Op<"prim.ListUnpack", [AllowsTypeRefinement]> {
  let summary = "Splits a list of known length into its elements";
  let arguments = (ins AnyTorchListType:$operand);
  let results = (outs Variadic<AnyTorchType>:$results);
  // `-> types` is omitted when there are no results (an empty list).
  let assemblyFormat = [{
    $operand attr-dict `:` qualified(type($operand)) (`->` type($results)^)?
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Torch_PrimTupleConstructOp : Torch_Op<"prim.TupleConstruct", [
    Pure, AllowsTypeRefinement]> {
  let summary = "Builds a tuple from values";
  let arguments = (ins Variadic<AnyTorchType>:$elements);
  let results = (outs AnyTorchTupleType:$result);
  // `: types` is omitted for the empty tuple:
  //   %t = torch.prim.TupleConstruct -> !torch.tuple<>
  let assemblyFormat = [{
    $elements attr-dict (`:` type($elements)^)? `->` qualified(type($result))
  }];
  let hasVerifier = 1;
}

def Torch_PrimTupleIndexOp : Torch_Op<"prim.TupleIndex", [
    Pure, AllowsTypeRefinement]> {
  let summary = "Extracts an element of a tuple";
  let arguments = (ins AnyTorchTupleType:$tup, Torch_IntType:$i);
  let results = (outs AnyTorchType:$result);
  let assemblyFormat = [{
    $tup `,` $i attr-dict `:` qualified(type($tup)) `,` qualified(type($i))
      `->` qualified(type($result))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Torch_PrimTupleUnpackOp : Torch_Op<"prim.TupleUnpack", [
    Pure, AllowsTypeRefinement]> {
  let summary = "Splits a tuple into its elements";
  let arguments = (ins AnyTorchTupleType:$tup);
  let results = (outs Variadic<AnyTorchType>:$results);
  // `-> types` is omitted when there are no results (the empty tuple).
  let assemblyFormat = [{
    $tup attr-dict `:` qualified(type($tup)) (`->` type($results)^)?
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// Control flow.
//===----------------------------------------------------------------------===//

def Torch_PrimIfOp : Torch_Op<"prim.If", [
    RecursiveMemoryEffects, NoRegionArguments]> {
  let summary = "TorchScript `if`: one of two regions runs and yields the results";
  let arguments = (ins Torch_BoolType:$condition);
  let results = (outs Variadic<AnyTorchType>:$results);
  let regions = (region SizedRegion<1>:$thenRegion, SizedRegion<1>:$elseRegion);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Torch_PrimIfYieldOp : Torch_Op<"prim.If.yield", [
    Pure, ReturnLike, Terminator, HasParent<"::mlir::torch::PrimIfOp">]> {
  let summary = "Yields the results of a torch.prim.If region";
  let arguments = (ins Variadic<AnyTorchType>:$results);
  let assemblyFormat = "attr-dict ($results^ `:` type($results))?";
}

def Torch_PrimLoopOp : Torch_Op<"prim.Loop", [RecursiveMemoryEffects]> {
  let summary = "TorchScript loop: `for`/`while` with loop-carried values";
  let description = [{
    Runs the body while the condition holds and the trip count is below
    `maxTripCount`. The body's block arguments are the iteration index
    (`!torch.int`) and the loop-carried values; it ends with
    `torch.prim.Loop.condition %cond, iter(%carried...)`.
  }];
  let arguments = (ins Torch_IntType:$maxTripCount, Torch_BoolType:$initialCondition,
                       Variadic<AnyTorchType>:$iterArgsInit);
  let results = (outs Variadic<AnyTorchType>:$results);
  let regions = (region SizedRegion<1>:$region);
  let assemblyFormat = [{
    $maxTripCount `,` $initialCondition `,` `init` `(` $iterArgsInit `)` $region
      attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Torch_PrimLoopConditionOp : Torch_Op<"prim.Loop.condition", [
    Pure, Terminator, HasParent<"::mlir::torch::PrimLoopOp">]> {
  let summary = "Ends a torch.prim.Loop iteration: whether to go on, and the carried values";
  let arguments = (ins Torch_BoolType:$shouldContinue,
                       Variadic<AnyTorchType>:$iterArgs);
  let assemblyFormat = [{
    $shouldContinue `,` `iter` `(` ($iterArgs^ `:` type($iterArgs))? `)` attr-dict
  }];
}

//===----------------------------------------------------------------------===//
// Symbolic shapes (dynamic dims from torch.export).
//===----------------------------------------------------------------------===//

def Torch_SymbolicIntOp : Torch_Op<"symbolic_int", [Pure]> {
  let summary = "Declares a symbolic dimension size with its value range";
  let arguments = (ins StrAttr:$symbol_name, I64Attr:$min_val, I64Attr:$max_val);
  let results = (outs Torch_IntType:$result);
  let assemblyFormat = [{
    $symbol_name ` ` `{` `min_val` `=` $min_val `,` `max_val` `=` $max_val `}` attr-dict
      `:` type($result)
  }];
  let hasVerifier = 1;
}

def Torch_BindSymbolicShapeOp : Torch_Op<"bind_symbolic_shape", []> {
  let summary = "Binds a tensor's dims to expressions of symbolic ints";
  let description = [{
    `torch.bind_symbolic_shape %t, [%s0, %s1], affine_map<()[s0, s1] -> (s0, s1 * 2)> : !torch.vtensor<[?,?],f32>`:
    each result of the map, over the listed symbols, is the size of that dim.
  }];
  let arguments = (ins AnyTorchTensorType:$operand,
                       Variadic<Torch_IntType>:$shapeSymbols,
                       AffineMapAttr:$shape_expressions);
  let assemblyFormat = [{
    $operand `,` `[` $shapeSymbols `]` `,` $shape_expressions attr-dict
      `:` qualified(type($operand))
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// The TorchScript object graph (raw import of a scripted module).
//
// A class is a symbol listing its attributes and methods; an instance is an
// `torch.nn_module` value holding one slot per attribute. Methods are
// `func.func`s whose first argument is the instance (`self`):
//
//   torch.class_type @__torch__.M {
//     torch.attr "w" : !torch.tensor
//     torch.attr "sub" : !torch.nn.Module<"__torch__.S">
//     torch.method "forward", @__torch__.M.forward
//   }
//   %m = torch.nn_module {
//     torch.slot "w", %w : !torch.tensor<[3],f32>
//     torch.slot "sub", %s : !torch.nn.Module<"__torch__.S">
//   } : !torch.nn.Module<"__torch__.M">
//
// `torch-freeze-object-graph` (core, Python) turns this into plain functions.
//===----------------------------------------------------------------------===//

def Torch_ClassTypeOp : Torch_Op<"class_type", [
    Symbol, IsolatedFromAbove, NoRegionArguments,
    SingleBlockImplicitTerminator<"::mlir::torch::ClassTypeTerminatorOp">]> {
  let summary = "A TorchScript class: its attributes and methods, in order";
  let arguments = (ins SymbolNameAttr:$sym_name);
  let regions = (region SizedRegion<1>:$region);
  let assemblyFormat = "$sym_name $region attr-dict";
  let hasVerifier = 1;
}

def Torch_ClassTypeTerminatorOp : Torch_Op<"class_type_terminator", [
    Terminator, HasParent<"::mlir::torch::ClassTypeOp">]> {
  let summary = "Ends the body of torch.class_type";
  let assemblyFormat = "attr-dict";
}

def Torch_AttrOp : Torch_Op<"attr", [HasParent<"::mlir::torch::ClassTypeOp">]> {
  let summary = "An attribute of a torch.class_type: its name and declared type";
  let arguments = (ins StrAttr:$name, TypeAttrOf<AnyTorchType>:$type, UnitAttr:$isPrivate);
  let assemblyFormat = "(`private` $isPrivate^)? $name `:` $type attr-dict";
}

def Torch_MethodOp : Torch_Op<"method", [
    HasParent<"::mlir::torch::ClassTypeOp">,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "A method of a torch.class_type, implemented by a func.func taking `self` first";
  let arguments = (ins StrAttr:$name, FlatSymbolRefAttr:$function, UnitAttr:$isPrivate);
  let assemblyFormat = "(`private` $isPrivate^)? $name `,` $function attr-dict";
}

def Torch_NnModuleOp : Torch_Op<"nn_module", [
    NoRegionArguments, DeclareOpInterfaceMethods<SymbolUserOpInterface>,
    SingleBlockImplicitTerminator<"::mlir::torch::NnModuleTerminatorOp">]> {
  let summary = "An instance of a torch.class_type: one torch.slot per attribute, in the class's order";
  let results = (outs Torch_NnModuleType:$result);
  let regions = (region SizedRegion<1>:$region);
  let assemblyFormat = "$region attr-dict `:` qualified(type($result))";
  let extraClassDeclaration = [{
    ::llvm::StringRef getClassName() { return getType().getClassName(); }
  }];
  let hasVerifier = 1;
}

def Torch_NnModuleTerminatorOp : Torch_Op<"nn_module_terminator", [
    Terminator, HasParent<"::mlir::torch::NnModuleOp">]> {
  let summary = "Ends the body of torch.nn_module";
  let assemblyFormat = "attr-dict";
}

def Torch_SlotOp : Torch_Op<"slot", [HasParent<"::mlir::torch::NnModuleOp">]> {
  let summary = "The value of one attribute of a torch.nn_module";
  let arguments = (ins StrAttr:$name, AnyTorchType:$value);
  let assemblyFormat = "$name `,` $value attr-dict `:` qualified(type($value))";
}

def Torch_PrimGetAttrOp : Torch_Op<"prim.GetAttr", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Reads an attribute of a module instance";
  let arguments = (ins Torch_NnModuleType:$receiver, StrAttr:$name);
  let results = (outs AnyTorchType:$result);
  let assemblyFormat = [{
    $receiver `[` $name `]` attr-dict `:` qualified(type($receiver)) `->` qualified(type($result))
  }];
}

def Torch_PrimSetAttrOp : Torch_Op<"prim.SetAttr", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Assigns an attribute of a module instance";
  let arguments = (ins Torch_NnModuleType:$receiver, StrAttr:$name, AnyTorchType:$value);
  let assemblyFormat = [{
    $receiver `[` $name `]` `=` $value attr-dict `:` qualified(type($receiver)) `,` qualified(type($value))
  }];
}

def Torch_PrimCallMethodOp : Torch_Op<"prim.CallMethod", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Calls a method of a module instance";
  let arguments = (ins Torch_NnModuleType:$receiver, StrAttr:$name,
                       Variadic<AnyTorchType>:$arguments);
  let results = (outs Variadic<AnyTorchType>:$results);
  let assemblyFormat = [{
    $receiver `[` $name `]` `(` $arguments `)` attr-dict `:` qualified(type($receiver)) `,`
      functional-type($arguments, $results)
  }];
}

#endif // TORCH_MLIR_CORE_TORCH_OPS
