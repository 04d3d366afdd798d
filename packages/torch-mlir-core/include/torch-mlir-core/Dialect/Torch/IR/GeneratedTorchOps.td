//===- GeneratedTorchOps.td - Torch ops generated from torch's schemas ----===//
//
// GENERATED FILE: DO NOT EDIT. Regenerate with
//   python -m torch_mlir_core.tools.torch_ods_gen
// from torch 2.13.0+cpu (torch._C._jit_get_all_schemas()).
// 1485 ops; the selection is data in
// python/torch_mlir_core/tools/torch_ods_gen/op_list.py.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_CORE_GENERATED_TORCH_OPS
#define TORCH_MLIR_CORE_GENERATED_TORCH_OPS

//===----------------------------------------------------------------------===//
// aten::
//===----------------------------------------------------------------------===//

def Torch_AtenBoolTensorOp : Torch_GeneratedOp<"aten.Bool.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Bool.Tensor : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenBoolFloatOp : Torch_GeneratedOp<"aten.Bool.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Bool.float : (float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenBoolIntOp : Torch_GeneratedOp<"aten.Bool.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Bool.int : (int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenDeleteDictStrOp : Torch_GeneratedOp<"aten.Delete.Dict_str", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::Delete.Dict_str : (Dict(str, t), str) -> ()`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_StringType:$key
  );
  let results = (outs);
}

def Torch_AtenFloatScalarOp : Torch_GeneratedOp<"aten.Float.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Float.Scalar : (Scalar) -> (float)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloatTensorOp : Torch_GeneratedOp<"aten.Float.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Float.Tensor : (Tensor) -> (float)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloatBoolOp : Torch_GeneratedOp<"aten.Float.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Float.bool : (bool) -> (float)`";
  let arguments = (ins
    Torch_BoolType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloatIntOp : Torch_GeneratedOp<"aten.Float.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Float.int : (int) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloatStrOp : Torch_GeneratedOp<"aten.Float.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Float.str : (str) -> (float)`";
  let arguments = (ins
    Torch_StringType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloatImplicitOp : Torch_GeneratedOp<"aten.FloatImplicit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::FloatImplicit : (Tensor) -> (float)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenIntScalarOp : Torch_GeneratedOp<"aten.Int.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Int.Scalar : (Scalar) -> (int)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenIntTensorOp : Torch_GeneratedOp<"aten.Int.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Int.Tensor : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenIntBoolOp : Torch_GeneratedOp<"aten.Int.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Int.bool : (bool) -> (int)`";
  let arguments = (ins
    Torch_BoolType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenIntFloatOp : Torch_GeneratedOp<"aten.Int.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Int.float : (float) -> (int)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenIntStrOp : Torch_GeneratedOp<"aten.Int.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::Int.str : (str) -> (int)`";
  let arguments = (ins
    Torch_StringType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenIntImplicitOp : Torch_GeneratedOp<"aten.IntImplicit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::IntImplicit : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenScalarImplicitOp : Torch_GeneratedOp<"aten.ScalarImplicit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ScalarImplicit : (Tensor) -> (Scalar)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_Aten__And__ScalarOp : Torch_GeneratedOp<"aten.__and__.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__and__.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__And__TensorOp : Torch_GeneratedOp<"aten.__and__.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__and__.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__And__BoolOp : Torch_GeneratedOp<"aten.__and__.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__and__.bool : (bool, bool) -> (bool)`";
  let arguments = (ins
    Torch_BoolType:$a,
    Torch_BoolType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__And__IntOp : Torch_GeneratedOp<"aten.__and__.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__and__.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_Aten__Contains__FloatListOp : Torch_GeneratedOp<"aten.__contains__.float_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__contains__.float_list : (float[], float) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$l,
    Torch_FloatType:$item
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__Contains__IntOp : Torch_GeneratedOp<"aten.__contains__.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__contains__.int : (Dict(int, t), int) -> (bool)`";
  let arguments = (ins
    AnyTorchDictType:$dict,
    Torch_IntType:$key
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__Contains__IntListOp : Torch_GeneratedOp<"aten.__contains__.int_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__contains__.int_list : (int[], int) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$l,
    Torch_IntType:$item
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__Contains__StrOp : Torch_GeneratedOp<"aten.__contains__.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__contains__.str : (Dict(str, t), str) -> (bool)`";
  let arguments = (ins
    AnyTorchDictType:$dict,
    Torch_StringType:$key
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__Contains__StrListOp : Torch_GeneratedOp<"aten.__contains__.str_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__contains__.str_list : (str[], str) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchStringType:$l,
    Torch_StringType:$item
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__DeriveIndexOp : Torch_GeneratedOp<"aten.__derive_index", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__derive_index : (int, int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$index,
    Torch_IntType:$start,
    Torch_IntType:$step
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_Aten__Getitem__DictIntOp : Torch_GeneratedOp<"aten.__getitem__.Dict_int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::__getitem__.Dict_int : (Dict(int, t), int) -> (t)`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_IntType:$key
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_Aten__Getitem__DictStrOp : Torch_GeneratedOp<"aten.__getitem__.Dict_str", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::__getitem__.Dict_str : (Dict(str, t), str) -> (t)`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_StringType:$key
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_Aten__Getitem__StrOp : Torch_GeneratedOp<"aten.__getitem__.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__getitem__.str : (str, int) -> (str)`";
  let arguments = (ins
    Torch_StringType:$s,
    Torch_IntType:$index
  );
  let results = (outs
    Torch_StringType:$result
  );
}

def Torch_Aten__Getitem__TOp : Torch_GeneratedOp<"aten.__getitem__.t", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::__getitem__.t : (t[], int) -> (t)`";
  let arguments = (ins
    AnyTorchListType:$list,
    Torch_IntType:$idx
  );
  let results = (outs
    AnyTorchType:$result
  );
  let hasCanonicalizer = 1;
}

def Torch_Aten__InterpolateOp : Torch_GeneratedOp<"aten.__interpolate", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__interpolate : (Tensor, int?, float?, str, bool?, bool?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalIntType:$size,
    AnyTorchOptionalFloatType:$scale_factor,
    Torch_StringType:$mode,
    AnyTorchOptionalBoolType:$align_corners,
    AnyTorchOptionalBoolType:$recompute_scale_factor,
    Torch_BoolType:$antialias
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__InterpolateScaleListOp : Torch_GeneratedOp<"aten.__interpolate.scale_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__interpolate.scale_list : (Tensor, int?, float[]?, str, bool?, bool?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalIntType:$size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factor,
    Torch_StringType:$mode,
    AnyTorchOptionalBoolType:$align_corners,
    AnyTorchOptionalBoolType:$recompute_scale_factor,
    Torch_BoolType:$antialias
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__InterpolateSizeListOp : Torch_GeneratedOp<"aten.__interpolate.size_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__interpolate.size_list : (Tensor, int[]?, float?, str, bool?, bool?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$size,
    AnyTorchOptionalFloatType:$scale_factor,
    Torch_StringType:$mode,
    AnyTorchOptionalBoolType:$align_corners,
    AnyTorchOptionalBoolType:$recompute_scale_factor,
    Torch_BoolType:$antialias
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__InterpolateSizeListScaleListOp : Torch_GeneratedOp<"aten.__interpolate.size_list_scale_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__interpolate.size_list_scale_list : (Tensor, int[]?, float[]?, str, bool?, bool?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factor,
    Torch_StringType:$mode,
    AnyTorchOptionalBoolType:$align_corners,
    AnyTorchOptionalBoolType:$recompute_scale_factor,
    Torch_BoolType:$antialias
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Is__Op : Torch_GeneratedOp<"aten.__is__", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__is__ : (t1, t2) -> (bool)`";
  let arguments = (ins
    AnyTorchType:$self,
    AnyTorchType:$obj
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_Aten__Isnot__Op : Torch_GeneratedOp<"aten.__isnot__", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__isnot__ : (t1, t2) -> (bool)`";
  let arguments = (ins
    AnyTorchType:$self,
    AnyTorchType:$obj
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_Aten__Lshift__ScalarOp : Torch_GeneratedOp<"aten.__lshift__.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__lshift__.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Lshift__TensorOp : Torch_GeneratedOp<"aten.__lshift__.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__lshift__.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Not__Op : Torch_GeneratedOp<"aten.__not__", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__not__ : (bool) -> (bool)`";
  let arguments = (ins
    Torch_BoolType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_Aten__Or__ScalarOp : Torch_GeneratedOp<"aten.__or__.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__or__.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Or__TensorOp : Torch_GeneratedOp<"aten.__or__.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__or__.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Or__BoolOp : Torch_GeneratedOp<"aten.__or__.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__or__.bool : (bool, bool) -> (bool)`";
  let arguments = (ins
    Torch_BoolType:$a,
    Torch_BoolType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_Aten__Or__IntOp : Torch_GeneratedOp<"aten.__or__.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__or__.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_Aten__RangeLengthOp : Torch_GeneratedOp<"aten.__range_length", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__range_length : (int, int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$lo,
    Torch_IntType:$hi,
    Torch_IntType:$step
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_Aten__RoundToZeroFloordivIntOp : Torch_GeneratedOp<"aten.__round_to_zero_floordiv.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__round_to_zero_floordiv.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_Aten__Rshift__ScalarOp : Torch_GeneratedOp<"aten.__rshift__.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__rshift__.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Rshift__TensorOp : Torch_GeneratedOp<"aten.__rshift__.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__rshift__.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Xor__ScalarOp : Torch_GeneratedOp<"aten.__xor__.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__xor__.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten__Xor__TensorOp : Torch_GeneratedOp<"aten.__xor__.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::__xor__.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_AdaptiveAvgPool2dOp : Torch_GeneratedOp<"aten._adaptive_avg_pool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_adaptive_avg_pool2d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_AdaptiveAvgPool2dBackwardOp : Torch_GeneratedOp<"aten._adaptive_avg_pool2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_adaptive_avg_pool2d_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_AdaptiveAvgPool3dOp : Torch_GeneratedOp<"aten._adaptive_avg_pool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_adaptive_avg_pool3d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_AdaptiveAvgPool3dBackwardOp : Torch_GeneratedOp<"aten._adaptive_avg_pool3d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_adaptive_avg_pool3d_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_AssertAsyncOp : Torch_GeneratedOp<"aten._assert_async", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_assert_async : (Tensor) -> ()`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs);
}

def Torch_Aten_AssertAsyncMsgOp : Torch_GeneratedOp<"aten._assert_async.msg", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_assert_async.msg : (Tensor, str) -> ()`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$assert_msg
  );
  let results = (outs);
}

def Torch_Aten_AssertScalarOp : Torch_GeneratedOp<"aten._assert_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_assert_scalar : (Scalar, str) -> ()`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    Torch_StringType:$assert_msg
  );
  let results = (outs);
}

def Torch_Aten_AssertTensorMetadataOp : Torch_GeneratedOp<"aten._assert_tensor_metadata", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_assert_tensor_metadata : (Tensor, SymInt[]?, SymInt[]?, ScalarType?, Device?, Layout?) -> ()`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchOptionalListOfTorchIntType:$size,
    AnyTorchOptionalListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalIntType:$layout
  );
  let results = (outs);
}

def Torch_Aten_CdistForwardOp : Torch_GeneratedOp<"aten._cdist_forward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_cdist_forward : (Tensor, Tensor, float, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x1,
    AnyTorchTensorType:$x2,
    Torch_FloatType:$p,
    AnyTorchOptionalIntType:$compute_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ConjOp : Torch_GeneratedOp<"aten._conj", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_conj : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ConjPhysicalOp : Torch_GeneratedOp<"aten._conj_physical", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_conj_physical : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ConvolutionOp : Torch_GeneratedOp<"aten._convolution", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_convolution : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], bool, SymInt[], SymInt, bool, bool, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$transposed,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups,
    Torch_BoolType:$benchmark,
    Torch_BoolType:$deterministic,
    Torch_BoolType:$cudnn_enabled,
    Torch_BoolType:$allow_tf32
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ConvolutionDeprecatedOp : Torch_GeneratedOp<"aten._convolution.deprecated", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_convolution.deprecated : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], bool, int[], SymInt, bool, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$transposed,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups,
    Torch_BoolType:$benchmark,
    Torch_BoolType:$deterministic,
    Torch_BoolType:$cudnn_enabled
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ConvolutionModeOp : Torch_GeneratedOp<"aten._convolution_mode", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_convolution_mode : (Tensor, Tensor, Tensor?, SymInt[], str, SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    Torch_StringType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_EmbeddingBagOp : Torch_GeneratedOp<"aten._embedding_bag", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_embedding_bag : (Tensor, Tensor, Tensor, bool, int, bool, Tensor?, bool, int) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$weight,
    AnyTorchTensorType:$indices,
    AnyTorchTensorType:$offsets,
    Torch_BoolType:$scale_grad_by_freq,
    Torch_IntType:$mode,
    Torch_BoolType:$sparse,
    AnyTorchOptionalTensorType:$per_sample_weights,
    Torch_BoolType:$include_last_offset,
    Torch_IntType:$padding_idx
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2,
    AnyTorchTensorType:$result3
  );
}

def Torch_Aten_EmbeddingBagForwardOnlyOp : Torch_GeneratedOp<"aten._embedding_bag_forward_only", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_embedding_bag_forward_only : (Tensor, Tensor, Tensor, bool, int, bool, Tensor?, bool, int) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$weight,
    AnyTorchTensorType:$indices,
    AnyTorchTensorType:$offsets,
    Torch_BoolType:$scale_grad_by_freq,
    Torch_IntType:$mode,
    Torch_BoolType:$sparse,
    AnyTorchOptionalTensorType:$per_sample_weights,
    Torch_BoolType:$include_last_offset,
    Torch_IntType:$padding_idx
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2,
    AnyTorchTensorType:$result3
  );
}

def Torch_Aten_FftC2cOp : Torch_GeneratedOp<"aten._fft_c2c", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_fft_c2c : (Tensor, SymInt[], int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_IntType:$normalization,
    Torch_BoolType:$forward
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_FftC2rOp : Torch_GeneratedOp<"aten._fft_c2r", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_fft_c2r : (Tensor, int[], int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_IntType:$normalization,
    Torch_IntType:$last_dim_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_FftR2cOp : Torch_GeneratedOp<"aten._fft_r2c", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_fft_r2c : (Tensor, int[], int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_IntType:$normalization,
    Torch_BoolType:$onesided
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_FunctionalAssertAsyncMsgOp : Torch_GeneratedOp<"aten._functional_assert_async.msg", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_functional_assert_async.msg : (Tensor, str, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$assert_msg,
    AnyTorchTensorType:$dep_token
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_FusedRmsNormOp : Torch_GeneratedOp<"aten._fused_rms_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_fused_rms_norm : (Tensor, int[], Tensor?, float?) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchListOfTorchIntType:$normalized_shape,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalFloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_Aten_IndexPutImplOp : Torch_GeneratedOp<"aten._index_put_impl", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_index_put_impl : (Tensor, Tensor?[], Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate,
    Torch_BoolType:$unsafe
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_IndexPutImpl_Op : Torch_GeneratedOp<"aten._index_put_impl_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::_index_put_impl_ : (Tensor, Tensor?[], Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate,
    Torch_BoolType:$unsafe
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_InferSizeOp : Torch_GeneratedOp<"aten._infer_size", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_infer_size : (int[], int[]) -> (int[])`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$a,
    AnyTorchListOfTorchIntType:$b
  );
  let results = (outs
    AnyTorchListOfTorchIntType:$result
  );
}

def Torch_Aten_IntMmOp : Torch_GeneratedOp<"aten._int_mm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_int_mm : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_LinalgCheckErrorsOp : Torch_GeneratedOp<"aten._linalg_check_errors", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_linalg_check_errors : (Tensor, str, bool) -> ()`";
  let arguments = (ins
    AnyTorchTensorType:$info,
    Torch_StringType:$api_name,
    Torch_BoolType:$is_matrix
  );
  let results = (outs);
}

def Torch_Aten_LinalgDetOp : Torch_GeneratedOp<"aten._linalg_det", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_linalg_det : (Tensor) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result,
    AnyTorchTensorType:$lu,
    AnyTorchTensorType:$pivots
  );
}

def Torch_Aten_LinalgEighOp : Torch_GeneratedOp<"aten._linalg_eigh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_linalg_eigh : (Tensor, str, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_StringType:$uplo,
    Torch_BoolType:$compute_v
  );
  let results = (outs
    AnyTorchTensorType:$eigenvalues,
    AnyTorchTensorType:$eigenvectors
  );
}

def Torch_Aten_LinalgEigvalsOp : Torch_GeneratedOp<"aten._linalg_eigvals", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_linalg_eigvals : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_LinalgSlogdetOp : Torch_GeneratedOp<"aten._linalg_slogdet", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_linalg_slogdet : (Tensor) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$sign,
    AnyTorchTensorType:$logabsdet,
    AnyTorchTensorType:$lu,
    AnyTorchTensorType:$pivots
  );
}

def Torch_Aten_LinalgSolveExOp : Torch_GeneratedOp<"aten._linalg_solve_ex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_linalg_solve_ex : (Tensor, Tensor, bool, bool) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchTensorType:$b,
    Torch_BoolType:$left,
    Torch_BoolType:$check_errors
  );
  let results = (outs
    AnyTorchTensorType:$result,
    AnyTorchTensorType:$lu,
    AnyTorchTensorType:$pivots,
    AnyTorchTensorType:$info
  );
}

def Torch_Aten_LinalgSvdOp : Torch_GeneratedOp<"aten._linalg_svd", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_linalg_svd : (Tensor, bool, bool, str?) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$full_matrices,
    Torch_BoolType:$compute_uv,
    AnyTorchOptionalStringType:$driver
  );
  let results = (outs
    AnyTorchTensorType:$u,
    AnyTorchTensorType:$s,
    AnyTorchTensorType:$vh
  );
}

def Torch_Aten_LocalScalarDenseOp : Torch_GeneratedOp<"aten._local_scalar_dense", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_local_scalar_dense : (Tensor) -> (Scalar)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_Aten_LogSoftmaxOp : Torch_GeneratedOp<"aten._log_softmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_log_softmax : (Tensor, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$half_to_float
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_LogSoftmaxBackwardDataOp : Torch_GeneratedOp<"aten._log_softmax_backward_data", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_log_softmax_backward_data : (Tensor, Tensor, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$output,
    Torch_IntType:$dim,
    Torch_IntType:$input_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_MakePerChannelQuantizedTensorOp : Torch_GeneratedOp<"aten._make_per_channel_quantized_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_make_per_channel_quantized_tensor : (Tensor, Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    Torch_IntType:$axis
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_MakePerTensorQuantizedTensorOp : Torch_GeneratedOp<"aten._make_per_tensor_quantized_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_make_per_tensor_quantized_tensor : (Tensor, float, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$scale,
    Torch_IntType:$zero_point
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_NativeBatchNormLegitOp : Torch_GeneratedOp<"aten._native_batch_norm_legit", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_native_batch_norm_legit : (Tensor, Tensor?, Tensor?, Tensor, Tensor, bool, float, float) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchTensorType:$running_mean,
    AnyTorchTensorType:$running_var,
    Torch_BoolType:$training,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_Aten_NativeBatchNormLegitNoStatsOp : Torch_GeneratedOp<"aten._native_batch_norm_legit.no_stats", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_native_batch_norm_legit.no_stats : (Tensor, Tensor?, Tensor?, bool, float, float) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    Torch_BoolType:$training,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_Aten_NativeBatchNormLegitFunctionalOp : Torch_GeneratedOp<"aten._native_batch_norm_legit_functional", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_native_batch_norm_legit_functional : (Tensor, Tensor?, Tensor?, Tensor, Tensor, bool, float, float) -> (Tensor, Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchTensorType:$running_mean,
    AnyTorchTensorType:$running_var,
    Torch_BoolType:$training,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2,
    AnyTorchTensorType:$running_mean_out,
    AnyTorchTensorType:$running_var_out
  );
}

def Torch_Aten_NativeBatchNormLegitNoTrainingOp : Torch_GeneratedOp<"aten._native_batch_norm_legit_no_training", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_native_batch_norm_legit_no_training : (Tensor, Tensor?, Tensor?, Tensor, Tensor, float, float) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchTensorType:$running_mean,
    AnyTorchTensorType:$running_var,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_Aten_NativeMultiHeadAttentionOp : Torch_GeneratedOp<"aten._native_multi_head_attention", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_native_multi_head_attention : (Tensor, Tensor, Tensor, int, int, Tensor, Tensor, Tensor, Tensor, Tensor?, bool, bool, int?) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$query,
    AnyTorchTensorType:$key,
    AnyTorchTensorType:$value,
    Torch_IntType:$embed_dim,
    Torch_IntType:$num_head,
    AnyTorchTensorType:$qkv_weight,
    AnyTorchTensorType:$qkv_bias,
    AnyTorchTensorType:$proj_weight,
    AnyTorchTensorType:$proj_bias,
    AnyTorchOptionalTensorType:$mask,
    Torch_BoolType:$need_weights,
    Torch_BoolType:$average_attn_weights,
    AnyTorchOptionalIntType:$mask_type
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_Aten_NoGradFill_Op : Torch_GeneratedOp<"aten._no_grad_fill_", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_no_grad_fill_ : (Tensor, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$tensor,
    Torch_FloatType:$val
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_NoGradNormal_Op : Torch_GeneratedOp<"aten._no_grad_normal_", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_no_grad_normal_ : (Tensor, float, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$tensor,
    Torch_FloatType:$mean,
    Torch_FloatType:$std,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_NoGradUniform_Op : Torch_GeneratedOp<"aten._no_grad_uniform_", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_no_grad_uniform_ : (Tensor, float, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$tensor,
    Torch_FloatType:$a,
    Torch_FloatType:$b,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_NoGradZero_Op : Torch_GeneratedOp<"aten._no_grad_zero_", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_no_grad_zero_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$tensor
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_PackPaddedSequenceOp : Torch_GeneratedOp<"aten._pack_padded_sequence", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_pack_padded_sequence : (Tensor, Tensor, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$lengths,
    Torch_BoolType:$batch_first
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_Aten_PadPackedSequenceOp : Torch_GeneratedOp<"aten._pad_packed_sequence", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_pad_packed_sequence : (Tensor, Tensor, bool, Scalar, int) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    AnyTorchTensorType:$batch_sizes,
    Torch_BoolType:$batch_first,
    AnyTorchScalarType:$padding_value,
    Torch_IntType:$total_length
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_Aten_PdistForwardOp : Torch_GeneratedOp<"aten._pdist_forward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_pdist_forward : (Tensor, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_PreluKernelOp : Torch_GeneratedOp<"aten._prelu_kernel", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_prelu_kernel : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_PreluKernelBackwardOp : Torch_GeneratedOp<"aten._prelu_kernel_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_prelu_kernel_backward : (Tensor, Tensor, Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_Aten_ReshapeAliasOp : Torch_GeneratedOp<"aten._reshape_alias", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_reshape_alias : (Tensor, SymInt[], SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ReshapeAliasCopyOp : Torch_GeneratedOp<"aten._reshape_alias_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_reshape_alias_copy : (Tensor, SymInt[], SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_SafeSoftmaxOp : Torch_GeneratedOp<"aten._safe_softmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_safe_softmax : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ScaledDotProductAttentionMathOp : Torch_GeneratedOp<"aten._scaled_dot_product_attention_math", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_scaled_dot_product_attention_math : (Tensor, Tensor, Tensor, Tensor?, float, bool, Tensor?, float?, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$query,
    AnyTorchTensorType:$key,
    AnyTorchTensorType:$value,
    AnyTorchOptionalTensorType:$attn_mask,
    Torch_FloatType:$dropout_p,
    Torch_BoolType:$is_causal,
    AnyTorchOptionalTensorType:$dropout_mask,
    AnyTorchOptionalFloatType:$scale,
    Torch_BoolType:$enable_gqa
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_Aten_ScaledDotProductFlashAttentionForCpuOp : Torch_GeneratedOp<"aten._scaled_dot_product_flash_attention_for_cpu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::_scaled_dot_product_flash_attention_for_cpu : (Tensor, Tensor, Tensor, float, bool, Tensor?, float?) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$query,
    AnyTorchTensorType:$key,
    AnyTorchTensorType:$value,
    Torch_FloatType:$dropout_p,
    Torch_BoolType:$is_causal,
    AnyTorchOptionalTensorType:$attn_mask,
    AnyTorchOptionalFloatType:$scale
  );
  let results = (outs
    AnyTorchTensorType:$output,
    AnyTorchTensorType:$logsumexp
  );
}

def Torch_Aten_SetItemIntOp : Torch_GeneratedOp<"aten._set_item.int", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_set_item.int : (Dict(int, t), int, t) -> ()`";
  let arguments = (ins
    AnyTorchDictType:$l,
    Torch_IntType:$idx,
    AnyTorchType:$v
  );
  let results = (outs);
}

def Torch_Aten_SetItemStrOp : Torch_GeneratedOp<"aten._set_item.str", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_set_item.str : (Dict(str, t), str, t) -> ()`";
  let arguments = (ins
    AnyTorchDictType:$l,
    Torch_StringType:$idx,
    AnyTorchType:$v
  );
  let results = (outs);
}

def Torch_Aten_SetItemTOp : Torch_GeneratedOp<"aten._set_item.t", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::_set_item.t : (t[], int, t) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$l,
    Torch_IntType:$idx,
    AnyTorchType:$el
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_Aten_SoftmaxOp : Torch_GeneratedOp<"aten._softmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_softmax : (Tensor, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$half_to_float
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_SoftmaxBackwardDataOp : Torch_GeneratedOp<"aten._softmax_backward_data", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_softmax_backward_data : (Tensor, Tensor, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$output,
    Torch_IntType:$dim,
    Torch_IntType:$input_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_ToCopyOp : Torch_GeneratedOp<"aten._to_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_to_copy : (Tensor, ScalarType?, Layout?, Device?, bool?, bool, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    Torch_BoolType:$non_blocking,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_TransformerEncoderLayerFwdOp : Torch_GeneratedOp<"aten._transformer_encoder_layer_fwd", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_transformer_encoder_layer_fwd : (Tensor, int, int, Tensor, Tensor, Tensor, Tensor, bool, bool, float, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor?, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$src,
    Torch_IntType:$embed_dim,
    Torch_IntType:$num_heads,
    AnyTorchTensorType:$qkv_weight,
    AnyTorchTensorType:$qkv_bias,
    AnyTorchTensorType:$proj_weight,
    AnyTorchTensorType:$proj_bias,
    Torch_BoolType:$use_gelu,
    Torch_BoolType:$norm_first,
    Torch_FloatType:$eps,
    AnyTorchTensorType:$norm_weight_1,
    AnyTorchTensorType:$norm_bias_1,
    AnyTorchTensorType:$norm_weight_2,
    AnyTorchTensorType:$norm_bias_2,
    AnyTorchTensorType:$ffn_weight_1,
    AnyTorchTensorType:$ffn_bias_1,
    AnyTorchTensorType:$ffn_weight_2,
    AnyTorchTensorType:$ffn_bias_2,
    AnyTorchOptionalTensorType:$mask,
    AnyTorchOptionalIntType:$mask_type
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_TrilinearOp : Torch_GeneratedOp<"aten._trilinear", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_trilinear : (Tensor, Tensor, Tensor, int[], int[], int[], int[], int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$i1,
    AnyTorchTensorType:$i2,
    AnyTorchTensorType:$i3,
    AnyTorchListOfTorchIntType:$expand1,
    AnyTorchListOfTorchIntType:$expand2,
    AnyTorchListOfTorchIntType:$expand3,
    AnyTorchListOfTorchIntType:$sumdim,
    Torch_IntType:$unroll_dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_Unique2Op : Torch_GeneratedOp<"aten._unique2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_unique2 : (Tensor, bool, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$sorted,
    Torch_BoolType:$return_inverse,
    Torch_BoolType:$return_counts
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_Aten_UnsafeIndexTensorOp : Torch_GeneratedOp<"aten._unsafe_index.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_unsafe_index.Tensor : (Tensor, Tensor?[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UnsafeIndexTensorHackedTwinOp : Torch_GeneratedOp<"aten._unsafe_index.Tensor_hacked_twin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_unsafe_index.Tensor_hacked_twin : (Tensor, Tensor[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UnsafeIndexPutOp : Torch_GeneratedOp<"aten._unsafe_index_put", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_unsafe_index_put : (Tensor, Tensor?[], Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UnsafeIndexPutHackedTwinOp : Torch_GeneratedOp<"aten._unsafe_index_put.hacked_twin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_unsafe_index_put.hacked_twin : (Tensor, Tensor[], Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UnsafeViewOp : Torch_GeneratedOp<"aten._unsafe_view", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_unsafe_view : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleBilinear2dAaOp : Torch_GeneratedOp<"aten._upsample_bilinear2d_aa", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_bilinear2d_aa : (Tensor, SymInt[], bool, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleBilinear2dAaVecOp : Torch_GeneratedOp<"aten._upsample_bilinear2d_aa.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_bilinear2d_aa.vec : (Tensor, SymInt[]?, bool, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleNearestExact1dOp : Torch_GeneratedOp<"aten._upsample_nearest_exact1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_nearest_exact1d : (Tensor, SymInt[], float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchOptionalFloatType:$scales
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleNearestExact1dVecOp : Torch_GeneratedOp<"aten._upsample_nearest_exact1d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_nearest_exact1d.vec : (Tensor, SymInt[]?, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleNearestExact2dOp : Torch_GeneratedOp<"aten._upsample_nearest_exact2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_nearest_exact2d : (Tensor, SymInt[], float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleNearestExact2dVecOp : Torch_GeneratedOp<"aten._upsample_nearest_exact2d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_nearest_exact2d.vec : (Tensor, SymInt[]?, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleNearestExact3dOp : Torch_GeneratedOp<"aten._upsample_nearest_exact3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_nearest_exact3d : (Tensor, SymInt[], float?, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchOptionalFloatType:$scales_d,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_Aten_UpsampleNearestExact3dVecOp : Torch_GeneratedOp<"aten._upsample_nearest_exact3d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::_upsample_nearest_exact3d.vec : (Tensor, SymInt[]?, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAbsOp : Torch_GeneratedOp<"aten.abs", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::abs : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAbs_Op : Torch_GeneratedOp<"aten.abs_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::abs_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAcosOp : Torch_GeneratedOp<"aten.acos", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::acos : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAcos_Op : Torch_GeneratedOp<"aten.acos_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::acos_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAcoshOp : Torch_GeneratedOp<"aten.acosh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::acosh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAcosh_Op : Torch_GeneratedOp<"aten.acosh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::acosh_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdaptiveAvgPool1dOp : Torch_GeneratedOp<"aten.adaptive_avg_pool1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_avg_pool1d : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdaptiveAvgPool2dOp : Torch_GeneratedOp<"aten.adaptive_avg_pool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_avg_pool2d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdaptiveAvgPool3dOp : Torch_GeneratedOp<"aten.adaptive_avg_pool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_avg_pool3d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdaptiveMaxPool1dOp : Torch_GeneratedOp<"aten.adaptive_max_pool1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_max_pool1d : (Tensor, int[]) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenAdaptiveMaxPool2dOp : Torch_GeneratedOp<"aten.adaptive_max_pool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_max_pool2d : (Tensor, int[]) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenAdaptiveMaxPool2dBackwardOp : Torch_GeneratedOp<"aten.adaptive_max_pool2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_max_pool2d_backward : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdaptiveMaxPool3dOp : Torch_GeneratedOp<"aten.adaptive_max_pool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::adaptive_max_pool3d : (Tensor, int[]) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenAddOp : Torch_GeneratedOp<"aten.add", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenAddScalarOp : Torch_GeneratedOp<"aten.add.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddTensorOp : Torch_GeneratedOp<"aten.add.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddFloatOp : Torch_GeneratedOp<"aten.add.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenAddFloatIntOp : Torch_GeneratedOp<"aten.add.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenAddIntOp : Torch_GeneratedOp<"aten.add.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenAddIntFloatOp : Torch_GeneratedOp<"aten.add.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenAddStrOp : Torch_GeneratedOp<"aten.add.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.str : (str, str) -> (str)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_StringType:$result
  );
}

def Torch_AtenAddTOp : Torch_GeneratedOp<"aten.add.t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::add.t : (t[], t[]) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$a,
    AnyTorchListType:$b
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenAdd_ScalarOp : Torch_GeneratedOp<"aten.add_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::add_.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdd_TensorOp : Torch_GeneratedOp<"aten.add_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::add_.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAdd_TOp : Torch_GeneratedOp<"aten.add_.t", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::add_.t : (t[], t[]) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$self,
    AnyTorchListType:$b
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenAddbmmOp : Torch_GeneratedOp<"aten.addbmm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::addbmm : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$batch1,
    AnyTorchTensorType:$batch2,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddbmm_Op : Torch_GeneratedOp<"aten.addbmm_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::addbmm_ : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$batch1,
    AnyTorchTensorType:$batch2,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddcdivOp : Torch_GeneratedOp<"aten.addcdiv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::addcdiv : (Tensor, Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$tensor1,
    AnyTorchTensorType:$tensor2,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddcdiv_Op : Torch_GeneratedOp<"aten.addcdiv_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::addcdiv_ : (Tensor, Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$tensor1,
    AnyTorchTensorType:$tensor2,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddcmulOp : Torch_GeneratedOp<"aten.addcmul", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::addcmul : (Tensor, Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$tensor1,
    AnyTorchTensorType:$tensor2,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddcmul_Op : Torch_GeneratedOp<"aten.addcmul_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::addcmul_ : (Tensor, Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$tensor1,
    AnyTorchTensorType:$tensor2,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddmmOp : Torch_GeneratedOp<"aten.addmm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::addmm : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat1,
    AnyTorchTensorType:$mat2,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddmmDtypeOp : Torch_GeneratedOp<"aten.addmm.dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::addmm.dtype : (Tensor, Tensor, Tensor, ScalarType, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat1,
    AnyTorchTensorType:$mat2,
    Torch_IntType:$out_dtype,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddmm_Op : Torch_GeneratedOp<"aten.addmm_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::addmm_ : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat1,
    AnyTorchTensorType:$mat2,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddmvOp : Torch_GeneratedOp<"aten.addmv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::addmv : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat,
    AnyTorchTensorType:$vec,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAddmv_Op : Torch_GeneratedOp<"aten.addmv_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::addmv_ : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat,
    AnyTorchTensorType:$vec,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAffineGridGeneratorOp : Torch_GeneratedOp<"aten.affine_grid_generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::affine_grid_generator : (Tensor, SymInt[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$theta,
    AnyTorchListOfTorchIntType:$size,
    Torch_BoolType:$align_corners
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAliasOp : Torch_GeneratedOp<"aten.alias", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::alias : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAliasCopyOp : Torch_GeneratedOp<"aten.alias_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::alias_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAllOp : Torch_GeneratedOp<"aten.all", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::all : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAllBoolOp : Torch_GeneratedOp<"aten.all.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::all.bool : (bool[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchBoolType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAllDimOp : Torch_GeneratedOp<"aten.all.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::all.dim : (Tensor, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAllDimsOp : Torch_GeneratedOp<"aten.all.dims", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::all.dims : (Tensor, int[]?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAllFloatOp : Torch_GeneratedOp<"aten.all.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::all.float : (float[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAllIntOp : Torch_GeneratedOp<"aten.all.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::all.int : (int[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAllcloseOp : Torch_GeneratedOp<"aten.allclose", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::allclose : (Tensor, Tensor, float, float, bool) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    Torch_FloatType:$rtol,
    Torch_FloatType:$atol,
    Torch_BoolType:$equal_nan
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAlphaDropoutOp : Torch_GeneratedOp<"aten.alpha_dropout", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::alpha_dropout : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAlphaDropout_Op : Torch_GeneratedOp<"aten.alpha_dropout_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::alpha_dropout_ : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAmaxOp : Torch_GeneratedOp<"aten.amax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::amax : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAminOp : Torch_GeneratedOp<"aten.amin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::amin : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAminmaxOp : Torch_GeneratedOp<"aten.aminmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::aminmax : (Tensor, int?, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$min,
    AnyTorchTensorType:$max
  );
}

def Torch_AtenAngleOp : Torch_GeneratedOp<"aten.angle", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::angle : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAnyOp : Torch_GeneratedOp<"aten.any", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAnyBoolOp : Torch_GeneratedOp<"aten.any.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any.bool : (bool[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchBoolType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAnyDimOp : Torch_GeneratedOp<"aten.any.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any.dim : (Tensor, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAnyDimsOp : Torch_GeneratedOp<"aten.any.dims", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any.dims : (Tensor, int[]?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAnyFloatOp : Torch_GeneratedOp<"aten.any.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any.float : (float[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAnyIntOp : Torch_GeneratedOp<"aten.any.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any.int : (int[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAnyStrOp : Torch_GeneratedOp<"aten.any.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::any.str : (str[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchStringType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenAppendTOp : Torch_GeneratedOp<"aten.append.t", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::append.t : (t[], t) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$self,
    AnyTorchType:$el
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenArangeOp : Torch_GeneratedOp<"aten.arange", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::arange : (Scalar, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$end,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenArangeStartOp : Torch_GeneratedOp<"aten.arange.start", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::arange.start : (Scalar, Scalar, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$start,
    AnyTorchScalarType:$end,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenArangeStartStepOp : Torch_GeneratedOp<"aten.arange.start_step", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::arange.start_step : (Scalar, Scalar, Scalar, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$start,
    AnyTorchScalarType:$end,
    AnyTorchScalarType:$step,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenArgmaxOp : Torch_GeneratedOp<"aten.argmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::argmax : (Tensor, int?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenArgminOp : Torch_GeneratedOp<"aten.argmin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::argmin : (Tensor, int?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenArgsortOp : Torch_GeneratedOp<"aten.argsort", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::argsort : (Tensor, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$descending
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenArgsortStableOp : Torch_GeneratedOp<"aten.argsort.stable", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::argsort.stable : (Tensor, bool, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$stable,
    Torch_IntType:$dim,
    Torch_BoolType:$descending
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsStridedOp : Torch_GeneratedOp<"aten.as_strided", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::as_strided : (Tensor, SymInt[], SymInt[], SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$storage_offset
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsStrided_Op : Torch_GeneratedOp<"aten.as_strided_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::as_strided_ : (Tensor, SymInt[], SymInt[], SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$storage_offset
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsStridedCopyOp : Torch_GeneratedOp<"aten.as_strided_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::as_strided_copy : (Tensor, SymInt[], SymInt[], SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$storage_offset
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsStridedScatterOp : Torch_GeneratedOp<"aten.as_strided_scatter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::as_strided_scatter : (Tensor, Tensor, SymInt[], SymInt[], SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$storage_offset
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsTensorOp : Torch_GeneratedOp<"aten.as_tensor", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::as_tensor : (Tensor, ScalarType?, Device?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsTensorBoolOp : Torch_GeneratedOp<"aten.as_tensor.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::as_tensor.bool : (bool, ScalarType?, Device?) -> (Tensor)`";
  let arguments = (ins
    Torch_BoolType:$t,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsTensorFloatOp : Torch_GeneratedOp<"aten.as_tensor.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::as_tensor.float : (float, ScalarType?, Device?) -> (Tensor)`";
  let arguments = (ins
    Torch_FloatType:$t,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsTensorIntOp : Torch_GeneratedOp<"aten.as_tensor.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::as_tensor.int : (int, ScalarType?, Device?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$t,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsTensorListOp : Torch_GeneratedOp<"aten.as_tensor.list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::as_tensor.list : (t[], ScalarType?, Device?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListType:$data,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsinOp : Torch_GeneratedOp<"aten.asin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::asin : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsin_Op : Torch_GeneratedOp<"aten.asin_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::asin_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsinhOp : Torch_GeneratedOp<"aten.asinh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::asinh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAsinh_Op : Torch_GeneratedOp<"aten.asinh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::asinh_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAtanOp : Torch_GeneratedOp<"aten.atan", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::atan : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAtan2Op : Torch_GeneratedOp<"aten.atan2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::atan2 : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAtan2_Op : Torch_GeneratedOp<"aten.atan2_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::atan2_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAtan_Op : Torch_GeneratedOp<"aten.atan_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::atan_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAtanhOp : Torch_GeneratedOp<"aten.atanh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::atanh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAtanh_Op : Torch_GeneratedOp<"aten.atanh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::atanh_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAvgPool1dOp : Torch_GeneratedOp<"aten.avg_pool1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::avg_pool1d : (Tensor, int[], int[], int[], bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    Torch_BoolType:$ceil_mode,
    Torch_BoolType:$count_include_pad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAvgPool2dOp : Torch_GeneratedOp<"aten.avg_pool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::avg_pool2d : (Tensor, int[], int[], int[], bool, bool, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    Torch_BoolType:$ceil_mode,
    Torch_BoolType:$count_include_pad,
    AnyTorchOptionalIntType:$divisor_override
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAvgPool2dBackwardOp : Torch_GeneratedOp<"aten.avg_pool2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::avg_pool2d_backward : (Tensor, Tensor, int[], int[], int[], bool, bool, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    Torch_BoolType:$ceil_mode,
    Torch_BoolType:$count_include_pad,
    AnyTorchOptionalIntType:$divisor_override
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAvgPool3dOp : Torch_GeneratedOp<"aten.avg_pool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::avg_pool3d : (Tensor, int[], int[], int[], bool, bool, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    Torch_BoolType:$ceil_mode,
    Torch_BoolType:$count_include_pad,
    AnyTorchOptionalIntType:$divisor_override
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenAvgPool3dBackwardOp : Torch_GeneratedOp<"aten.avg_pool3d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::avg_pool3d_backward : (Tensor, Tensor, int[], int[], int[], bool, bool, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    Torch_BoolType:$ceil_mode,
    Torch_BoolType:$count_include_pad,
    AnyTorchOptionalIntType:$divisor_override
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBaddbmmOp : Torch_GeneratedOp<"aten.baddbmm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::baddbmm : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$batch1,
    AnyTorchTensorType:$batch2,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBaddbmmDtypeOp : Torch_GeneratedOp<"aten.baddbmm.dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::baddbmm.dtype : (Tensor, Tensor, Tensor, ScalarType, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$batch1,
    AnyTorchTensorType:$batch2,
    Torch_IntType:$out_dtype,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBaddbmm_Op : Torch_GeneratedOp<"aten.baddbmm_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::baddbmm_ : (Tensor, Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$batch1,
    AnyTorchTensorType:$batch2,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBatchNormOp : Torch_GeneratedOp<"aten.batch_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::batch_norm : (Tensor, Tensor?, Tensor?, Tensor?, Tensor?, bool, float, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchOptionalTensorType:$running_mean,
    AnyTorchOptionalTensorType:$running_var,
    Torch_BoolType:$training,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps,
    Torch_BoolType:$cudnn_enabled
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBernoulliOp : Torch_GeneratedOp<"aten.bernoulli", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::bernoulli : (Tensor, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBernoulliTensorOp : Torch_GeneratedOp<"aten.bernoulli.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::bernoulli.Tensor : (Tensor, Tensor, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$p,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBernoulliPOp : Torch_GeneratedOp<"aten.bernoulli.p", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::bernoulli.p : (Tensor, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBernoulli_TensorOp : Torch_GeneratedOp<"aten.bernoulli_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bernoulli_.Tensor : (Tensor, Tensor, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$p,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBilinearOp : Torch_GeneratedOp<"aten.bilinear", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bilinear : (Tensor, Tensor, Tensor, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input1,
    AnyTorchTensorType:$input2,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBinaryCrossEntropyOp : Torch_GeneratedOp<"aten.binary_cross_entropy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::binary_cross_entropy : (Tensor, Tensor, Tensor?, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBinaryCrossEntropyBackwardOp : Torch_GeneratedOp<"aten.binary_cross_entropy_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::binary_cross_entropy_backward : (Tensor, Tensor, Tensor, Tensor?, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBinaryCrossEntropyWithLogitsOp : Torch_GeneratedOp<"aten.binary_cross_entropy_with_logits", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::binary_cross_entropy_with_logits : (Tensor, Tensor, Tensor?, Tensor?, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$pos_weight,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBincountOp : Torch_GeneratedOp<"aten.bincount", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bincount : (Tensor, Tensor?, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalTensorType:$weights,
    Torch_IntType:$minlength
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseAndScalarOp : Torch_GeneratedOp<"aten.bitwise_and.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_and.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseAndScalarTensorOp : Torch_GeneratedOp<"aten.bitwise_and.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_and.Scalar_Tensor : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseAndTensorOp : Torch_GeneratedOp<"aten.bitwise_and.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_and.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseAnd_ScalarOp : Torch_GeneratedOp<"aten.bitwise_and_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_and_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseAnd_TensorOp : Torch_GeneratedOp<"aten.bitwise_and_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_and_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseLeftShiftScalarTensorOp : Torch_GeneratedOp<"aten.bitwise_left_shift.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_left_shift.Scalar_Tensor : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseLeftShiftTensorOp : Torch_GeneratedOp<"aten.bitwise_left_shift.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_left_shift.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseLeftShiftTensorScalarOp : Torch_GeneratedOp<"aten.bitwise_left_shift.Tensor_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_left_shift.Tensor_Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseLeftShift_TensorOp : Torch_GeneratedOp<"aten.bitwise_left_shift_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_left_shift_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseLeftShift_TensorScalarOp : Torch_GeneratedOp<"aten.bitwise_left_shift_.Tensor_Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_left_shift_.Tensor_Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseNotOp : Torch_GeneratedOp<"aten.bitwise_not", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_not : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseNot_Op : Torch_GeneratedOp<"aten.bitwise_not_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_not_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseOrScalarOp : Torch_GeneratedOp<"aten.bitwise_or.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_or.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseOrScalarTensorOp : Torch_GeneratedOp<"aten.bitwise_or.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_or.Scalar_Tensor : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseOrTensorOp : Torch_GeneratedOp<"aten.bitwise_or.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_or.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseOr_ScalarOp : Torch_GeneratedOp<"aten.bitwise_or_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_or_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseOr_TensorOp : Torch_GeneratedOp<"aten.bitwise_or_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_or_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseRightShiftScalarTensorOp : Torch_GeneratedOp<"aten.bitwise_right_shift.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_right_shift.Scalar_Tensor : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseRightShiftTensorOp : Torch_GeneratedOp<"aten.bitwise_right_shift.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_right_shift.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseRightShiftTensorScalarOp : Torch_GeneratedOp<"aten.bitwise_right_shift.Tensor_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_right_shift.Tensor_Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseRightShift_TensorOp : Torch_GeneratedOp<"aten.bitwise_right_shift_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_right_shift_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseRightShift_TensorScalarOp : Torch_GeneratedOp<"aten.bitwise_right_shift_.Tensor_Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_right_shift_.Tensor_Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseXorScalarOp : Torch_GeneratedOp<"aten.bitwise_xor.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_xor.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseXorScalarTensorOp : Torch_GeneratedOp<"aten.bitwise_xor.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_xor.Scalar_Tensor : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseXorTensorOp : Torch_GeneratedOp<"aten.bitwise_xor.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bitwise_xor.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseXor_ScalarOp : Torch_GeneratedOp<"aten.bitwise_xor_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_xor_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBitwiseXor_TensorOp : Torch_GeneratedOp<"aten.bitwise_xor_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::bitwise_xor_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBmmOp : Torch_GeneratedOp<"aten.bmm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bmm : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
  let hasVerifier = 1;
}

def Torch_AtenBmmDtypeOp : Torch_GeneratedOp<"aten.bmm.dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bmm.dtype : (Tensor, Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat2,
    Torch_IntType:$out_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBroadcastTensorsOp : Torch_GeneratedOp<"aten.broadcast_tensors", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::broadcast_tensors : (Tensor[]) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenBroadcastToOp : Torch_GeneratedOp<"aten.broadcast_to", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::broadcast_to : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBucketizeScalarOp : Torch_GeneratedOp<"aten.bucketize.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bucketize.Scalar : (Scalar, Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$boundaries,
    Torch_BoolType:$out_int32,
    Torch_BoolType:$right
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenBucketizeTensorOp : Torch_GeneratedOp<"aten.bucketize.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::bucketize.Tensor : (Tensor, Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$boundaries,
    Torch_BoolType:$out_int32,
    Torch_BoolType:$right
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCatOp : Torch_GeneratedOp<"aten.cat", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cat : (Tensor[], int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCdistOp : Torch_GeneratedOp<"aten.cdist", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cdist : (Tensor, Tensor, float, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x1,
    AnyTorchTensorType:$x2,
    Torch_FloatType:$p,
    AnyTorchOptionalIntType:$compute_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCeilOp : Torch_GeneratedOp<"aten.ceil", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ceil : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCeilScalarOp : Torch_GeneratedOp<"aten.ceil.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ceil.Scalar : (Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenCeilFloatOp : Torch_GeneratedOp<"aten.ceil.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ceil.float : (float) -> (int)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenCeilIntOp : Torch_GeneratedOp<"aten.ceil.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ceil.int : (int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenCeil_Op : Torch_GeneratedOp<"aten.ceil_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::ceil_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCeluOp : Torch_GeneratedOp<"aten.celu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::celu : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCelu_Op : Torch_GeneratedOp<"aten.celu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::celu_ : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenChannelShuffleOp : Torch_GeneratedOp<"aten.channel_shuffle", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::channel_shuffle : (Tensor, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCholeskyOp : Torch_GeneratedOp<"aten.cholesky", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cholesky : (Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$upper
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCholeskyInverseOp : Torch_GeneratedOp<"aten.cholesky_inverse", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cholesky_inverse : (Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$upper
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCholeskySolveOp : Torch_GeneratedOp<"aten.cholesky_solve", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cholesky_solve : (Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$input2,
    Torch_BoolType:$upper
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenChunkOp : Torch_GeneratedOp<"aten.chunk", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::chunk : (Tensor, int, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$chunks,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenClampOp : Torch_GeneratedOp<"aten.clamp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clamp : (Tensor, Scalar?, Scalar?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$min,
    AnyTorchOptionalScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampTensorOp : Torch_GeneratedOp<"aten.clamp.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clamp.Tensor : (Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalTensorType:$min,
    AnyTorchOptionalTensorType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClamp_Op : Torch_GeneratedOp<"aten.clamp_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clamp_ : (Tensor, Scalar?, Scalar?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$min,
    AnyTorchOptionalScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClamp_TensorOp : Torch_GeneratedOp<"aten.clamp_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clamp_.Tensor : (Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalTensorType:$min,
    AnyTorchOptionalTensorType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMaxOp : Torch_GeneratedOp<"aten.clamp_max", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clamp_max : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMaxTensorOp : Torch_GeneratedOp<"aten.clamp_max.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clamp_max.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMax_Op : Torch_GeneratedOp<"aten.clamp_max_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clamp_max_ : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMax_TensorOp : Torch_GeneratedOp<"aten.clamp_max_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clamp_max_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMinOp : Torch_GeneratedOp<"aten.clamp_min", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clamp_min : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$min
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMinTensorOp : Torch_GeneratedOp<"aten.clamp_min.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clamp_min.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$min
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMin_Op : Torch_GeneratedOp<"aten.clamp_min_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clamp_min_ : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$min
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClampMin_TensorOp : Torch_GeneratedOp<"aten.clamp_min_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clamp_min_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$min
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClipOp : Torch_GeneratedOp<"aten.clip", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clip : (Tensor, Scalar?, Scalar?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$min,
    AnyTorchOptionalScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClipTensorOp : Torch_GeneratedOp<"aten.clip.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clip.Tensor : (Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalTensorType:$min,
    AnyTorchOptionalTensorType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClip_Op : Torch_GeneratedOp<"aten.clip_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clip_ : (Tensor, Scalar?, Scalar?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$min,
    AnyTorchOptionalScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenClip_TensorOp : Torch_GeneratedOp<"aten.clip_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::clip_.Tensor : (Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalTensorType:$min,
    AnyTorchOptionalTensorType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCloneOp : Torch_GeneratedOp<"aten.clone", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::clone : (Tensor, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCol2imOp : Torch_GeneratedOp<"aten.col2im", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::col2im : (Tensor, SymInt[], int[], int[], int[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$dilation,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$stride
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenComplexOp : Torch_GeneratedOp<"aten.complex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::complex : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$real,
    AnyTorchTensorType:$imag
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConcatOp : Torch_GeneratedOp<"aten.concat", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::concat : (Tensor[], int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConstantPadNdOp : Torch_GeneratedOp<"aten.constant_pad_nd", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::constant_pad_nd : (Tensor, SymInt[], Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$pad,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenContiguousOp : Torch_GeneratedOp<"aten.contiguous", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::contiguous : (Tensor, MemoryFormat) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConv1dOp : Torch_GeneratedOp<"aten.conv1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv1d : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConv1dPaddingOp : Torch_GeneratedOp<"aten.conv1d.padding", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv1d.padding : (Tensor, Tensor, Tensor?, SymInt[], str, SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    Torch_StringType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConv2dOp : Torch_GeneratedOp<"aten.conv2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv2d : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConv2dPaddingOp : Torch_GeneratedOp<"aten.conv2d.padding", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv2d.padding : (Tensor, Tensor, Tensor?, SymInt[], str, SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    Torch_StringType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConv3dOp : Torch_GeneratedOp<"aten.conv3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv3d : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConv3dPaddingOp : Torch_GeneratedOp<"aten.conv3d.padding", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv3d.padding : (Tensor, Tensor, Tensor?, SymInt[], str, SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    Torch_StringType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConvTranspose1dOp : Torch_GeneratedOp<"aten.conv_transpose1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv_transpose1d : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], SymInt, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups,
    AnyTorchListOfTorchIntType:$dilation
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConvTranspose2dInputOp : Torch_GeneratedOp<"aten.conv_transpose2d.input", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv_transpose2d.input : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], SymInt, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups,
    AnyTorchListOfTorchIntType:$dilation
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConvTranspose3dInputOp : Torch_GeneratedOp<"aten.conv_transpose3d.input", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::conv_transpose3d.input : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], SymInt, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups,
    AnyTorchListOfTorchIntType:$dilation
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConvolutionOp : Torch_GeneratedOp<"aten.convolution", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::convolution : (Tensor, Tensor, Tensor?, SymInt[], SymInt[], SymInt[], bool, SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$transposed,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenConvolutionBackwardOp : Torch_GeneratedOp<"aten.convolution_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::convolution_backward : (Tensor, Tensor, Tensor, SymInt[]?, SymInt[], SymInt[], SymInt[], bool, SymInt[], SymInt, bool[]) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalListOfTorchIntType:$bias_sizes,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$transposed,
    AnyTorchListOfTorchIntType:$output_padding,
    Torch_IntType:$groups,
    AnyTorchListOfTorchBoolType:$output_mask
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenCopyOp : Torch_GeneratedOp<"aten.copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::copy : (Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    Torch_BoolType:$non_blocking
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCopyTOp : Torch_GeneratedOp<"aten.copy.t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::copy.t : (t[]) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$self
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenCopy_Op : Torch_GeneratedOp<"aten.copy_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::copy_ : (Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    Torch_BoolType:$non_blocking
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCopysignScalarOp : Torch_GeneratedOp<"aten.copysign.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::copysign.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCopysignTensorOp : Torch_GeneratedOp<"aten.copysign.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::copysign.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCopysign_ScalarOp : Torch_GeneratedOp<"aten.copysign_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::copysign_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCopysign_TensorOp : Torch_GeneratedOp<"aten.copysign_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::copysign_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCosOp : Torch_GeneratedOp<"aten.cos", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cos : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCos_Op : Torch_GeneratedOp<"aten.cos_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::cos_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCoshOp : Torch_GeneratedOp<"aten.cosh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cosh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCosh_Op : Torch_GeneratedOp<"aten.cosh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::cosh_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCosineSimilarityOp : Torch_GeneratedOp<"aten.cosine_similarity", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cosine_similarity : (Tensor, Tensor, int, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x1,
    AnyTorchTensorType:$x2,
    Torch_IntType:$dim,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCountNonzeroOp : Torch_GeneratedOp<"aten.count_nonzero", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::count_nonzero : (Tensor, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCountNonzeroDimIntListOp : Torch_GeneratedOp<"aten.count_nonzero.dim_IntList", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::count_nonzero.dim_IntList : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCpuOp : Torch_GeneratedOp<"aten.cpu", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::cpu : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCrossOp : Torch_GeneratedOp<"aten.cross", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cross : (Tensor, Tensor, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchOptionalIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCrossEntropyLossOp : Torch_GeneratedOp<"aten.cross_entropy_loss", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cross_entropy_loss : (Tensor, Tensor, Tensor?, int, SymInt, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index,
    Torch_FloatType:$label_smoothing
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCummaxOp : Torch_GeneratedOp<"aten.cummax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cummax : (Tensor, int) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenCumminOp : Torch_GeneratedOp<"aten.cummin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cummin : (Tensor, int) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenCumprodOp : Torch_GeneratedOp<"aten.cumprod", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cumprod : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCumprod_Op : Torch_GeneratedOp<"aten.cumprod_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::cumprod_ : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCumsumOp : Torch_GeneratedOp<"aten.cumsum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::cumsum : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenCumsum_Op : Torch_GeneratedOp<"aten.cumsum_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::cumsum_ : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDeg2radOp : Torch_GeneratedOp<"aten.deg2rad", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::deg2rad : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDeg2rad_Op : Torch_GeneratedOp<"aten.deg2rad_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::deg2rad_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDequantizeListOp : Torch_GeneratedOp<"aten.dequantize.list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dequantize.list : (Tensor[]) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchListOfTensorType:$qtensors
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenDequantizeSelfOp : Torch_GeneratedOp<"aten.dequantize.self", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dequantize.self : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDequantizeTensorOp : Torch_GeneratedOp<"aten.dequantize.tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dequantize.tensor : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$qtensor
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDequantizeTensorsOp : Torch_GeneratedOp<"aten.dequantize.tensors", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dequantize.tensors : (Tensor[]) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenDetOp : Torch_GeneratedOp<"aten.det", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::det : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDetachOp : Torch_GeneratedOp<"aten.detach", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::detach : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDetach_Op : Torch_GeneratedOp<"aten.detach_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::detach_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDetachCopyOp : Torch_GeneratedOp<"aten.detach_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::detach_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDeviceOp : Torch_GeneratedOp<"aten.device", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::device : (str) -> (Device)`";
  let arguments = (ins
    Torch_StringType:$a
  );
  let results = (outs
    Torch_DeviceType:$result
  );
}

def Torch_AtenDeviceWithIndexOp : Torch_GeneratedOp<"aten.device.with_index", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::device.with_index : (str, int) -> (Device)`";
  let arguments = (ins
    Torch_StringType:$type_value,
    Torch_IntType:$index
  );
  let results = (outs
    Torch_DeviceType:$result
  );
}

def Torch_AtenDiagEmbedOp : Torch_GeneratedOp<"aten.diag_embed", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::diag_embed : (Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$offset,
    Torch_IntType:$dim1,
    Torch_IntType:$dim2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiagonalOp : Torch_GeneratedOp<"aten.diagonal", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::diagonal : (Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$offset,
    Torch_IntType:$dim1,
    Torch_IntType:$dim2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiagonalBackwardOp : Torch_GeneratedOp<"aten.diagonal_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::diagonal_backward : (Tensor, SymInt[], int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchListOfTorchIntType:$input_sizes,
    Torch_IntType:$offset,
    Torch_IntType:$dim1,
    Torch_IntType:$dim2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiagonalCopyOp : Torch_GeneratedOp<"aten.diagonal_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::diagonal_copy : (Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$offset,
    Torch_IntType:$dim1,
    Torch_IntType:$dim2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiagonalScatterOp : Torch_GeneratedOp<"aten.diagonal_scatter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::diagonal_scatter : (Tensor, Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    Torch_IntType:$offset,
    Torch_IntType:$dim1,
    Torch_IntType:$dim2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDictStrOp : Torch_GeneratedOp<"aten.dict.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dict.str : ((str, tVal)[]) -> (Dict(str, tVal))`";
  let arguments = (ins
    AnyTorchListType:$inputs
  );
  let results = (outs
    AnyTorchDictType:$result
  );
}

def Torch_AtenDigammaOp : Torch_GeneratedOp<"aten.digamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::digamma : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDigamma_Op : Torch_GeneratedOp<"aten.digamma_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::digamma_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDimOp : Torch_GeneratedOp<"aten.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dim : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenDivOp : Torch_GeneratedOp<"aten.div", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div : (Scalar, Scalar) -> (float)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenDivScalarOp : Torch_GeneratedOp<"aten.div.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivScalarModeOp : Torch_GeneratedOp<"aten.div.Scalar_mode", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div.Scalar_mode : (Tensor, Scalar, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivTensorOp : Torch_GeneratedOp<"aten.div.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivTensorModeOp : Torch_GeneratedOp<"aten.div.Tensor_mode", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div.Tensor_mode : (Tensor, Tensor, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivFloatOp : Torch_GeneratedOp<"aten.div.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenDivIntOp : Torch_GeneratedOp<"aten.div.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::div.int : (int, int) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenDiv_ScalarOp : Torch_GeneratedOp<"aten.div_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::div_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiv_ScalarModeOp : Torch_GeneratedOp<"aten.div_.Scalar_mode", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::div_.Scalar_mode : (Tensor, Scalar, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiv_TensorOp : Torch_GeneratedOp<"aten.div_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::div_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDiv_TensorModeOp : Torch_GeneratedOp<"aten.div_.Tensor_mode", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::div_.Tensor_mode : (Tensor, Tensor, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivideScalarOp : Torch_GeneratedOp<"aten.divide.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::divide.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivideScalarModeOp : Torch_GeneratedOp<"aten.divide.Scalar_mode", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::divide.Scalar_mode : (Tensor, Scalar, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivideTensorOp : Torch_GeneratedOp<"aten.divide.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::divide.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivideTensorModeOp : Torch_GeneratedOp<"aten.divide.Tensor_mode", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::divide.Tensor_mode : (Tensor, Tensor, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivide_ScalarOp : Torch_GeneratedOp<"aten.divide_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::divide_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivide_ScalarModeOp : Torch_GeneratedOp<"aten.divide_.Scalar_mode", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::divide_.Scalar_mode : (Tensor, Scalar, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivide_TensorOp : Torch_GeneratedOp<"aten.divide_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::divide_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDivide_TensorModeOp : Torch_GeneratedOp<"aten.divide_.Tensor_mode", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::divide_.Tensor_mode : (Tensor, Tensor, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchOptionalStringType:$rounding_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDotOp : Torch_GeneratedOp<"aten.dot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::dot : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$tensor
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDropoutOp : Torch_GeneratedOp<"aten.dropout", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::dropout : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenDropout_Op : Torch_GeneratedOp<"aten.dropout_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::dropout_ : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEinsumOp : Torch_GeneratedOp<"aten.einsum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::einsum : (str, Tensor[], int[]?) -> (Tensor)`";
  let arguments = (ins
    Torch_StringType:$equation,
    AnyTorchListOfTensorType:$tensors,
    AnyTorchOptionalListOfTorchIntType:$path
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEinsumSublistOp : Torch_GeneratedOp<"aten.einsum.sublist", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::einsum.sublist : (Tensor, ...) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Variadic<AnyTorchType>:$varargs
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenElementSizeOp : Torch_GeneratedOp<"aten.element_size", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::element_size : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenEluOp : Torch_GeneratedOp<"aten.elu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::elu : (Tensor, Scalar, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$alpha,
    AnyTorchScalarType:$scale,
    AnyTorchScalarType:$input_scale
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenElu_Op : Torch_GeneratedOp<"aten.elu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::elu_ : (Tensor, Scalar, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$alpha,
    AnyTorchScalarType:$scale,
    AnyTorchScalarType:$input_scale
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEluBackwardOp : Torch_GeneratedOp<"aten.elu_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::elu_backward : (Tensor, Scalar, Scalar, Scalar, bool, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchScalarType:$alpha,
    AnyTorchScalarType:$scale,
    AnyTorchScalarType:$input_scale,
    Torch_BoolType:$is_result,
    AnyTorchTensorType:$self_or_result
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEmbeddingOp : Torch_GeneratedOp<"aten.embedding", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::embedding : (Tensor, Tensor, SymInt, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$weight,
    AnyTorchTensorType:$indices,
    Torch_IntType:$padding_idx,
    Torch_BoolType:$scale_grad_by_freq,
    Torch_BoolType:$sparse
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEmbeddingBagOp : Torch_GeneratedOp<"aten.embedding_bag", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::embedding_bag : (Tensor, Tensor, Tensor, bool, int, bool, Tensor?, bool) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$weight,
    AnyTorchTensorType:$indices,
    AnyTorchTensorType:$offsets,
    Torch_BoolType:$scale_grad_by_freq,
    Torch_IntType:$mode,
    Torch_BoolType:$sparse,
    AnyTorchOptionalTensorType:$per_sample_weights,
    Torch_BoolType:$include_last_offset
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2,
    AnyTorchTensorType:$result3
  );
}

def Torch_AtenEmbeddingBagPaddingIdxOp : Torch_GeneratedOp<"aten.embedding_bag.padding_idx", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::embedding_bag.padding_idx : (Tensor, Tensor, Tensor, bool, int, bool, Tensor?, bool, int?) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$weight,
    AnyTorchTensorType:$indices,
    AnyTorchTensorType:$offsets,
    Torch_BoolType:$scale_grad_by_freq,
    Torch_IntType:$mode,
    Torch_BoolType:$sparse,
    AnyTorchOptionalTensorType:$per_sample_weights,
    Torch_BoolType:$include_last_offset,
    AnyTorchOptionalIntType:$padding_idx
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2,
    AnyTorchTensorType:$result3
  );
}

def Torch_AtenEmbeddingDenseBackwardOp : Torch_GeneratedOp<"aten.embedding_dense_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::embedding_dense_backward : (Tensor, Tensor, SymInt, SymInt, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$indices,
    Torch_IntType:$num_weights,
    Torch_IntType:$padding_idx,
    Torch_BoolType:$scale_grad_by_freq
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEmptyMemoryFormatOp : Torch_GeneratedOp<"aten.empty.memory_format", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::empty.memory_format : (SymInt[], ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEmptyLikeOp : Torch_GeneratedOp<"aten.empty_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::empty_like : (Tensor, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEmptyPermutedOp : Torch_GeneratedOp<"aten.empty_permuted", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::empty_permuted : (SymInt[], int[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$physical_layout,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEmptyStridedOp : Torch_GeneratedOp<"aten.empty_strided", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::empty_strided : (SymInt[], SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEqOp : Torch_GeneratedOp<"aten.eq", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq : (Scalar, Scalar) -> (bool)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqScalarOp : Torch_GeneratedOp<"aten.eq.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEqTensorOp : Torch_GeneratedOp<"aten.eq.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEqTensorListOp : Torch_GeneratedOp<"aten.eq.Tensor_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.Tensor_list : (Tensor[], Tensor[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$a,
    AnyTorchListOfTensorType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqBoolOp : Torch_GeneratedOp<"aten.eq.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.bool : (bool, bool) -> (bool)`";
  let arguments = (ins
    Torch_BoolType:$a,
    Torch_BoolType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqBoolListOp : Torch_GeneratedOp<"aten.eq.bool_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.bool_list : (bool[], bool[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchBoolType:$a,
    AnyTorchListOfTorchBoolType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqDeviceOp : Torch_GeneratedOp<"aten.eq.device", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.device : (Device, Device) -> (bool)`";
  let arguments = (ins
    Torch_DeviceType:$a,
    Torch_DeviceType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqFloatOp : Torch_GeneratedOp<"aten.eq.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.float : (float, float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqFloatIntOp : Torch_GeneratedOp<"aten.eq.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.float_int : (float, int) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqFloatListOp : Torch_GeneratedOp<"aten.eq.float_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.float_list : (float[], float[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$a,
    AnyTorchListOfTorchFloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqIntOp : Torch_GeneratedOp<"aten.eq.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.int : (int, int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenEqIntFloatOp : Torch_GeneratedOp<"aten.eq.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.int_float : (int, float) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqIntListOp : Torch_GeneratedOp<"aten.eq.int_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.int_list : (int[], int[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$a,
    AnyTorchListOfTorchIntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqStrOp : Torch_GeneratedOp<"aten.eq.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.str : (str, str) -> (bool)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEqStrListOp : Torch_GeneratedOp<"aten.eq.str_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eq.str_list : (str[], str[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchStringType:$a,
    AnyTorchListOfTorchStringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenEq_ScalarOp : Torch_GeneratedOp<"aten.eq_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::eq_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEq_TensorOp : Torch_GeneratedOp<"aten.eq_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::eq_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEqualOp : Torch_GeneratedOp<"aten.equal", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::equal : (Tensor, Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenErfOp : Torch_GeneratedOp<"aten.erf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::erf : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenErf_Op : Torch_GeneratedOp<"aten.erf_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::erf_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenErfcOp : Torch_GeneratedOp<"aten.erfc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::erfc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenErfc_Op : Torch_GeneratedOp<"aten.erfc_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::erfc_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenErfinvOp : Torch_GeneratedOp<"aten.erfinv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::erfinv : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenErfinv_Op : Torch_GeneratedOp<"aten.erfinv_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::erfinv_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExpOp : Torch_GeneratedOp<"aten.exp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::exp : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExp2Op : Torch_GeneratedOp<"aten.exp2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::exp2 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExp2_Op : Torch_GeneratedOp<"aten.exp2_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::exp2_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExp_Op : Torch_GeneratedOp<"aten.exp_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::exp_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExpandOp : Torch_GeneratedOp<"aten.expand", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::expand : (Tensor, SymInt[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    Torch_BoolType:$implicit
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExpandAsOp : Torch_GeneratedOp<"aten.expand_as", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::expand_as : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExpandCopyOp : Torch_GeneratedOp<"aten.expand_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::expand_copy : (Tensor, SymInt[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    Torch_BoolType:$implicit
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExpm1Op : Torch_GeneratedOp<"aten.expm1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::expm1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExpm1_Op : Torch_GeneratedOp<"aten.expm1_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::expm1_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenExtendTOp : Torch_GeneratedOp<"aten.extend.t", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::extend.t : (t[], t[]) -> ()`";
  let arguments = (ins
    AnyTorchListType:$self,
    AnyTorchListType:$other
  );
  let results = (outs);
}

def Torch_AtenEyeOp : Torch_GeneratedOp<"aten.eye", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eye : (SymInt, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenEyeMOp : Torch_GeneratedOp<"aten.eye.m", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::eye.m : (SymInt, SymInt, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    Torch_IntType:$m,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFakeQuantizePerChannelAffineCachemaskOp : Torch_GeneratedOp<"aten.fake_quantize_per_channel_affine_cachemask", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fake_quantize_per_channel_affine_cachemask : (Tensor, Tensor, Tensor, int, int, int) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    Torch_IntType:$axis,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max
  );
  let results = (outs
    AnyTorchTensorType:$output,
    AnyTorchTensorType:$mask
  );
}

def Torch_AtenFakeQuantizePerTensorAffineCachemaskOp : Torch_GeneratedOp<"aten.fake_quantize_per_tensor_affine_cachemask", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fake_quantize_per_tensor_affine_cachemask : (Tensor, float, int, int, int) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$scale,
    Torch_IntType:$zero_point,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max
  );
  let results = (outs
    AnyTorchTensorType:$output,
    AnyTorchTensorType:$mask
  );
}

def Torch_AtenFeatureAlphaDropoutOp : Torch_GeneratedOp<"aten.feature_alpha_dropout", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::feature_alpha_dropout : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFeatureAlphaDropout_Op : Torch_GeneratedOp<"aten.feature_alpha_dropout_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::feature_alpha_dropout_ : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFeatureDropoutOp : Torch_GeneratedOp<"aten.feature_dropout", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::feature_dropout : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFeatureDropout_Op : Torch_GeneratedOp<"aten.feature_dropout_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::feature_dropout_ : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p,
    Torch_BoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftFftOp : Torch_GeneratedOp<"aten.fft_fft", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_fft : (Tensor, SymInt?, int, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$n,
    Torch_IntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftFft2Op : Torch_GeneratedOp<"aten.fft_fft2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_fft2 : (Tensor, SymInt[]?, int[], str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftFftfreqOp : Torch_GeneratedOp<"aten.fft_fftfreq", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_fftfreq : (int, float, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    Torch_FloatType:$d,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftFftnOp : Torch_GeneratedOp<"aten.fft_fftn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_fftn : (Tensor, SymInt[]?, int[]?, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftFftshiftOp : Torch_GeneratedOp<"aten.fft_fftshift", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_fftshift : (Tensor, int[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftHfftOp : Torch_GeneratedOp<"aten.fft_hfft", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_hfft : (Tensor, SymInt?, int, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$n,
    Torch_IntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftHfft2Op : Torch_GeneratedOp<"aten.fft_hfft2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_hfft2 : (Tensor, SymInt[]?, int[], str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftHfftnOp : Torch_GeneratedOp<"aten.fft_hfftn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_hfftn : (Tensor, SymInt[]?, int[]?, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIfftOp : Torch_GeneratedOp<"aten.fft_ifft", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ifft : (Tensor, SymInt?, int, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$n,
    Torch_IntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIfft2Op : Torch_GeneratedOp<"aten.fft_ifft2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ifft2 : (Tensor, SymInt[]?, int[], str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIfftnOp : Torch_GeneratedOp<"aten.fft_ifftn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ifftn : (Tensor, SymInt[]?, int[]?, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIfftshiftOp : Torch_GeneratedOp<"aten.fft_ifftshift", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ifftshift : (Tensor, int[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIhfftOp : Torch_GeneratedOp<"aten.fft_ihfft", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ihfft : (Tensor, SymInt?, int, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$n,
    Torch_IntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIhfft2Op : Torch_GeneratedOp<"aten.fft_ihfft2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ihfft2 : (Tensor, SymInt[]?, int[], str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIhfftnOp : Torch_GeneratedOp<"aten.fft_ihfftn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_ihfftn : (Tensor, SymInt[]?, int[]?, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIrfftOp : Torch_GeneratedOp<"aten.fft_irfft", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_irfft : (Tensor, SymInt?, int, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$n,
    Torch_IntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIrfft2Op : Torch_GeneratedOp<"aten.fft_irfft2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_irfft2 : (Tensor, SymInt[]?, int[], str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftIrfftnOp : Torch_GeneratedOp<"aten.fft_irfftn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_irfftn : (Tensor, SymInt[]?, int[]?, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftRfftOp : Torch_GeneratedOp<"aten.fft_rfft", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_rfft : (Tensor, SymInt?, int, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$n,
    Torch_IntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftRfft2Op : Torch_GeneratedOp<"aten.fft_rfft2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_rfft2 : (Tensor, SymInt[]?, int[], str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftRfftfreqOp : Torch_GeneratedOp<"aten.fft_rfftfreq", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_rfftfreq : (int, float, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    Torch_FloatType:$d,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFftRfftnOp : Torch_GeneratedOp<"aten.fft_rfftn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fft_rfftn : (Tensor, SymInt[]?, int[]?, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$s,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalStringType:$norm
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFillScalarOp : Torch_GeneratedOp<"aten.fill.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fill.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFillTensorOp : Torch_GeneratedOp<"aten.fill.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fill.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFill_ScalarOp : Torch_GeneratedOp<"aten.fill_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::fill_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFill_TensorOp : Torch_GeneratedOp<"aten.fill_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::fill_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFlattenUsingIntsOp : Torch_GeneratedOp<"aten.flatten.using_ints", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::flatten.using_ints : (Tensor, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$start_dim,
    Torch_IntType:$end_dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFlipOp : Torch_GeneratedOp<"aten.flip", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::flip : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloatPowerScalarOp : Torch_GeneratedOp<"aten.float_power.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::float_power.Scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloatPowerTensorScalarOp : Torch_GeneratedOp<"aten.float_power.Tensor_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::float_power.Tensor_Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloatPowerTensorTensorOp : Torch_GeneratedOp<"aten.float_power.Tensor_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::float_power.Tensor_Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloatPower_ScalarOp : Torch_GeneratedOp<"aten.float_power_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::float_power_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloorOp : Torch_GeneratedOp<"aten.floor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floor : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloorScalarOp : Torch_GeneratedOp<"aten.floor.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floor.Scalar : (Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenFloorFloatOp : Torch_GeneratedOp<"aten.floor.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floor.float : (float) -> (int)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenFloorIntOp : Torch_GeneratedOp<"aten.floor.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floor.int : (int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenFloor_Op : Torch_GeneratedOp<"aten.floor_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::floor_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloorDivideOp : Torch_GeneratedOp<"aten.floor_divide", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floor_divide : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloorDivideScalarOp : Torch_GeneratedOp<"aten.floor_divide.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floor_divide.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloorDivide_ScalarOp : Torch_GeneratedOp<"aten.floor_divide_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::floor_divide_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFloordivOp : Torch_GeneratedOp<"aten.floordiv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floordiv : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenFloordivFloatOp : Torch_GeneratedOp<"aten.floordiv.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floordiv.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloordivFloatIntOp : Torch_GeneratedOp<"aten.floordiv.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floordiv.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFloordivIntOp : Torch_GeneratedOp<"aten.floordiv.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floordiv.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenFloordivIntFloatOp : Torch_GeneratedOp<"aten.floordiv.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::floordiv.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenFmaxOp : Torch_GeneratedOp<"aten.fmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fmax : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFminOp : Torch_GeneratedOp<"aten.fmin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fmin : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFmodScalarOp : Torch_GeneratedOp<"aten.fmod.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fmod.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFmodTensorOp : Torch_GeneratedOp<"aten.fmod.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fmod.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFmod_ScalarOp : Torch_GeneratedOp<"aten.fmod_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::fmod_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFmod_TensorOp : Torch_GeneratedOp<"aten.fmod_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::fmod_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFormatOp : Torch_GeneratedOp<"aten.format", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::format : (str, ...) -> (str)`";
  let arguments = (ins
    Torch_StringType:$self,
    Variadic<AnyTorchType>:$varargs
  );
  let results = (outs
    Torch_StringType:$result
  );
}

def Torch_AtenFracOp : Torch_GeneratedOp<"aten.frac", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::frac : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFrac_Op : Torch_GeneratedOp<"aten.frac_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::frac_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFractionalMaxPool2dOp : Torch_GeneratedOp<"aten.fractional_max_pool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fractional_max_pool2d : (Tensor, int[], int[], Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchTensorType:$random_samples
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenFractionalMaxPool3dOp : Torch_GeneratedOp<"aten.fractional_max_pool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::fractional_max_pool3d : (Tensor, int[], int[], Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchTensorType:$random_samples
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenFrexpTensorOp : Torch_GeneratedOp<"aten.frexp.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::frexp.Tensor : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$mantissa,
    AnyTorchTensorType:$exponent
  );
}

def Torch_AtenFrobeniusNormDimOp : Torch_GeneratedOp<"aten.frobenius_norm.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::frobenius_norm.dim : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFullOp : Torch_GeneratedOp<"aten.full", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::full : (SymInt[], Scalar, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchScalarType:$fill_value,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenFullLikeOp : Torch_GeneratedOp<"aten.full_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::full_like : (Tensor, Scalar, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$fill_value,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGatherOp : Torch_GeneratedOp<"aten.gather", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gather : (Tensor, int, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    Torch_BoolType:$sparse_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGeOp : Torch_GeneratedOp<"aten.ge", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge : (Scalar, Scalar) -> (bool)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGeScalarOp : Torch_GeneratedOp<"aten.ge.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGeTensorOp : Torch_GeneratedOp<"aten.ge.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGeFloatOp : Torch_GeneratedOp<"aten.ge.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.float : (float, float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGeFloatIntOp : Torch_GeneratedOp<"aten.ge.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.float_int : (float, int) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGeIntOp : Torch_GeneratedOp<"aten.ge.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.int : (int, int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenGeIntFloatOp : Torch_GeneratedOp<"aten.ge.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.int_float : (int, float) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGeStrOp : Torch_GeneratedOp<"aten.ge.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ge.str : (str, str) -> (bool)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGe_ScalarOp : Torch_GeneratedOp<"aten.ge_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::ge_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGe_TensorOp : Torch_GeneratedOp<"aten.ge_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::ge_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGeluOp : Torch_GeneratedOp<"aten.gelu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gelu : (Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$approximate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGelu_Op : Torch_GeneratedOp<"aten.gelu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::gelu_ : (Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$approximate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGeluBackwardOp : Torch_GeneratedOp<"aten.gelu_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gelu_backward : (Tensor, Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    Torch_StringType:$approximate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGeqrfOp : Torch_GeneratedOp<"aten.geqrf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::geqrf : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$a,
    AnyTorchTensorType:$tau
  );
}

def Torch_AtenGetDefaultIntOp : Torch_GeneratedOp<"aten.get.default_int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::get.default_int : (Dict(int, t), int, t) -> (t)`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_IntType:$key,
    AnyTorchType:$default_value
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_AtenGetDefaultStrOp : Torch_GeneratedOp<"aten.get.default_str", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::get.default_str : (Dict(str, t), str, t) -> (t)`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_StringType:$key,
    AnyTorchType:$default_value
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_AtenGetIntOp : Torch_GeneratedOp<"aten.get.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::get.int : (Dict(int, t), int) -> (t?)`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_IntType:$key
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_AtenGetStrOp : Torch_GeneratedOp<"aten.get.str", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::get.str : (Dict(str, t), str) -> (t?)`";
  let arguments = (ins
    AnyTorchDictType:$self,
    Torch_StringType:$key
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_AtenGetDeviceOp : Torch_GeneratedOp<"aten.get_device", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::get_device : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenGluOp : Torch_GeneratedOp<"aten.glu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::glu : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGluBackwardOp : Torch_GeneratedOp<"aten.glu_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::glu_backward : (Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreaterScalarOp : Torch_GeneratedOp<"aten.greater.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::greater.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreaterTensorOp : Torch_GeneratedOp<"aten.greater.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::greater.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreater_ScalarOp : Torch_GeneratedOp<"aten.greater_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::greater_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreater_TensorOp : Torch_GeneratedOp<"aten.greater_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::greater_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreaterEqualScalarOp : Torch_GeneratedOp<"aten.greater_equal.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::greater_equal.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreaterEqualTensorOp : Torch_GeneratedOp<"aten.greater_equal.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::greater_equal.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreaterEqual_ScalarOp : Torch_GeneratedOp<"aten.greater_equal_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::greater_equal_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGreaterEqual_TensorOp : Torch_GeneratedOp<"aten.greater_equal_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::greater_equal_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGridSamplerOp : Torch_GeneratedOp<"aten.grid_sampler", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::grid_sampler : (Tensor, Tensor, int, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$grid,
    Torch_IntType:$interpolation_mode,
    Torch_IntType:$padding_mode,
    Torch_BoolType:$align_corners
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGridSampler2dOp : Torch_GeneratedOp<"aten.grid_sampler_2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::grid_sampler_2d : (Tensor, Tensor, int, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$grid,
    Torch_IntType:$interpolation_mode,
    Torch_IntType:$padding_mode,
    Torch_BoolType:$align_corners
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGridSampler3dOp : Torch_GeneratedOp<"aten.grid_sampler_3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::grid_sampler_3d : (Tensor, Tensor, int, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$grid,
    Torch_IntType:$interpolation_mode,
    Torch_IntType:$padding_mode,
    Torch_BoolType:$align_corners
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGroupNormOp : Torch_GeneratedOp<"aten.group_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::group_norm : (Tensor, int, Tensor?, Tensor?, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_IntType:$num_groups,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    Torch_FloatType:$eps,
    Torch_BoolType:$cudnn_enabled
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGruDataOp : Torch_GeneratedOp<"aten.gru.data", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::gru.data : (Tensor, Tensor, Tensor, Tensor[], bool, int, float, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    AnyTorchTensorType:$batch_sizes,
    AnyTorchTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenGruInputOp : Torch_GeneratedOp<"aten.gru.input", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::gru.input : (Tensor, Tensor, Tensor[], bool, int, float, bool, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional,
    Torch_BoolType:$batch_first
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenGruCellOp : Torch_GeneratedOp<"aten.gru_cell", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gru_cell : (Tensor, Tensor, Tensor, Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$hx,
    AnyTorchTensorType:$w_ih,
    AnyTorchTensorType:$w_hh,
    AnyTorchOptionalTensorType:$b_ih,
    AnyTorchOptionalTensorType:$b_hh
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGtOp : Torch_GeneratedOp<"aten.gt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt : (Scalar, Scalar) -> (bool)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGtScalarOp : Torch_GeneratedOp<"aten.gt.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGtTensorOp : Torch_GeneratedOp<"aten.gt.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGtFloatOp : Torch_GeneratedOp<"aten.gt.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.float : (float, float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGtFloatIntOp : Torch_GeneratedOp<"aten.gt.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.float_int : (float, int) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGtIntOp : Torch_GeneratedOp<"aten.gt.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.int : (int, int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenGtIntFloatOp : Torch_GeneratedOp<"aten.gt.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.int_float : (int, float) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGtStrOp : Torch_GeneratedOp<"aten.gt.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::gt.str : (str, str) -> (bool)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenGt_ScalarOp : Torch_GeneratedOp<"aten.gt_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::gt_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenGt_TensorOp : Torch_GeneratedOp<"aten.gt_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::gt_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardshrinkOp : Torch_GeneratedOp<"aten.hardshrink", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardshrink : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$lambd
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardshrinkBackwardOp : Torch_GeneratedOp<"aten.hardshrink_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardshrink_backward : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_out,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$lambd
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardsigmoidOp : Torch_GeneratedOp<"aten.hardsigmoid", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardsigmoid : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardsigmoid_Op : Torch_GeneratedOp<"aten.hardsigmoid_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::hardsigmoid_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardsigmoidBackwardOp : Torch_GeneratedOp<"aten.hardsigmoid_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardsigmoid_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardswishOp : Torch_GeneratedOp<"aten.hardswish", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardswish : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardswish_Op : Torch_GeneratedOp<"aten.hardswish_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::hardswish_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardswishBackwardOp : Torch_GeneratedOp<"aten.hardswish_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardswish_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardtanhOp : Torch_GeneratedOp<"aten.hardtanh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardtanh : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$min_val,
    AnyTorchScalarType:$max_val
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardtanh_Op : Torch_GeneratedOp<"aten.hardtanh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::hardtanh_ : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$min_val,
    AnyTorchScalarType:$max_val
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHardtanhBackwardOp : Torch_GeneratedOp<"aten.hardtanh_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hardtanh_backward : (Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$min_val,
    AnyTorchScalarType:$max_val
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHeavisideOp : Torch_GeneratedOp<"aten.heaviside", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::heaviside : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$values
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHeaviside_Op : Torch_GeneratedOp<"aten.heaviside_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::heaviside_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$values
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHistcOp : Torch_GeneratedOp<"aten.histc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::histc : (Tensor, int, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$bins,
    AnyTorchScalarType:$min,
    AnyTorchScalarType:$max
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHistogramBinCtOp : Torch_GeneratedOp<"aten.histogram.bin_ct", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::histogram.bin_ct : (Tensor, int, float[]?, Tensor?, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$bins,
    AnyTorchOptionalListOfTorchFloatType:$range,
    AnyTorchOptionalTensorType:$weight,
    Torch_BoolType:$density
  );
  let results = (outs
    AnyTorchTensorType:$hist,
    AnyTorchTensorType:$bin_edges
  );
}

def Torch_AtenHistogramBinsTensorOp : Torch_GeneratedOp<"aten.histogram.bins_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::histogram.bins_tensor : (Tensor, Tensor, Tensor?, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$bins,
    AnyTorchOptionalTensorType:$weight,
    Torch_BoolType:$density
  );
  let results = (outs
    AnyTorchTensorType:$hist,
    AnyTorchTensorType:$bin_edges
  );
}

def Torch_AtenHstackOp : Torch_GeneratedOp<"aten.hstack", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hstack : (Tensor[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHuberLossOp : Torch_GeneratedOp<"aten.huber_loss", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::huber_loss : (Tensor, Tensor, int, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction,
    Torch_FloatType:$delta
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHuberLossBackwardOp : Torch_GeneratedOp<"aten.huber_loss_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::huber_loss_backward : (Tensor, Tensor, Tensor, int, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction,
    Torch_FloatType:$delta
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHypotOp : Torch_GeneratedOp<"aten.hypot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::hypot : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenHypot_Op : Torch_GeneratedOp<"aten.hypot_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::hypot_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenI0Op : Torch_GeneratedOp<"aten.i0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::i0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenI0_Op : Torch_GeneratedOp<"aten.i0_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::i0_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIgammaOp : Torch_GeneratedOp<"aten.igamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::igamma : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIgamma_Op : Torch_GeneratedOp<"aten.igamma_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::igamma_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIgammacOp : Torch_GeneratedOp<"aten.igammac", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::igammac : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIgammac_Op : Torch_GeneratedOp<"aten.igammac_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::igammac_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIm2colOp : Torch_GeneratedOp<"aten.im2col", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::im2col : (Tensor, int[], int[], int[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$dilation,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$stride
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexTensorOp : Torch_GeneratedOp<"aten.index.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index.Tensor : (Tensor, Tensor?[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexTensorHackedTwinOp : Torch_GeneratedOp<"aten.index.Tensor_hacked_twin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index.Tensor_hacked_twin : (Tensor, Tensor[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexListTensorOp : Torch_GeneratedOp<"aten.index.list_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index.list_Tensor : (Tensor[], Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$self,
    AnyTorchTensorType:$el
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenIndexAddOp : Torch_GeneratedOp<"aten.index_add", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_add : (Tensor, int, Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexAdd_Op : Torch_GeneratedOp<"aten.index_add_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_add_ : (Tensor, int, Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexCopyOp : Torch_GeneratedOp<"aten.index_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_copy : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexCopy_Op : Torch_GeneratedOp<"aten.index_copy_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_copy_ : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexFillIntScalarOp : Torch_GeneratedOp<"aten.index_fill.int_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_fill.int_Scalar : (Tensor, int, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexFillIntTensorOp : Torch_GeneratedOp<"aten.index_fill.int_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_fill.int_Tensor : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexFill_IntScalarOp : Torch_GeneratedOp<"aten.index_fill_.int_Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_fill_.int_Scalar : (Tensor, int, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexFill_IntTensorOp : Torch_GeneratedOp<"aten.index_fill_.int_Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_fill_.int_Tensor : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexPutOp : Torch_GeneratedOp<"aten.index_put", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_put : (Tensor, Tensor?[], Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexPutHackedTwinOp : Torch_GeneratedOp<"aten.index_put.hacked_twin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_put.hacked_twin : (Tensor, Tensor[], Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexPut_Op : Torch_GeneratedOp<"aten.index_put_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_put_ : (Tensor, Tensor?[], Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfOptionalTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexPut_HackedTwinOp : Torch_GeneratedOp<"aten.index_put_.hacked_twin", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_put_.hacked_twin : (Tensor, Tensor[], Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTensorType:$indices,
    AnyTorchTensorType:$values,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexReduceOp : Torch_GeneratedOp<"aten.index_reduce", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_reduce : (Tensor, int, Tensor, Tensor, str, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source,
    Torch_StringType:$reduce,
    Torch_BoolType:$include_self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexReduce_Op : Torch_GeneratedOp<"aten.index_reduce_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::index_reduce_ : (Tensor, int, Tensor, Tensor, str, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source,
    Torch_StringType:$reduce,
    Torch_BoolType:$include_self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIndexSelectOp : Torch_GeneratedOp<"aten.index_select", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::index_select : (Tensor, int, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenInsertTOp : Torch_GeneratedOp<"aten.insert.t", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::insert.t : (t[], int, t) -> ()`";
  let arguments = (ins
    AnyTorchListType:$self,
    Torch_IntType:$idx,
    AnyTorchType:$el
  );
  let results = (outs);
}

def Torch_AtenInstanceNormOp : Torch_GeneratedOp<"aten.instance_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::instance_norm : (Tensor, Tensor?, Tensor?, Tensor?, Tensor?, bool, float, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchOptionalTensorType:$running_mean,
    AnyTorchOptionalTensorType:$running_var,
    Torch_BoolType:$use_input_stats,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps,
    Torch_BoolType:$cudnn_enabled
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIntReprOp : Torch_GeneratedOp<"aten.int_repr", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::int_repr : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIsAutocastCpuEnabledOp : Torch_GeneratedOp<"aten.is_autocast_cpu_enabled", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_autocast_cpu_enabled : () -> (bool)`";
  let arguments = (ins);
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsAutocastEnabledOp : Torch_GeneratedOp<"aten.is_autocast_enabled", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_autocast_enabled : () -> (bool)`";
  let arguments = (ins);
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsComplexOp : Torch_GeneratedOp<"aten.is_complex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_complex : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsContiguousOp : Torch_GeneratedOp<"aten.is_contiguous", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_contiguous : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsContiguousMemoryFormatOp : Torch_GeneratedOp<"aten.is_contiguous.memory_format", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_contiguous.memory_format : (Tensor, MemoryFormat) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$memory_format
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsFloatingPointOp : Torch_GeneratedOp<"aten.is_floating_point", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_floating_point : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsGradEnabledOp : Torch_GeneratedOp<"aten.is_grad_enabled", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_grad_enabled : () -> (bool)`";
  let arguments = (ins);
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsNonzeroOp : Torch_GeneratedOp<"aten.is_nonzero", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_nonzero : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsSameSizeOp : Torch_GeneratedOp<"aten.is_same_size", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_same_size : (Tensor, Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIsScriptingOp : Torch_GeneratedOp<"aten.is_scripting", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::is_scripting : () -> (bool)`";
  let arguments = (ins);
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenIscloseOp : Torch_GeneratedOp<"aten.isclose", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::isclose : (Tensor, Tensor, float, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    Torch_FloatType:$rtol,
    Torch_FloatType:$atol,
    Torch_BoolType:$equal_nan
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIsfiniteOp : Torch_GeneratedOp<"aten.isfinite", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::isfinite : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIsinfOp : Torch_GeneratedOp<"aten.isinf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::isinf : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIsnanOp : Torch_GeneratedOp<"aten.isnan", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::isnan : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIsneginfOp : Torch_GeneratedOp<"aten.isneginf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::isneginf : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenIsposinfOp : Torch_GeneratedOp<"aten.isposinf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::isposinf : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenItemOp : Torch_GeneratedOp<"aten.item", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::item : (Tensor) -> (Scalar)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenItemsIntOp : Torch_GeneratedOp<"aten.items.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::items.int : (Dict(int, t)) -> ((int, t)[])`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenItemsStrOp : Torch_GeneratedOp<"aten.items.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::items.str : (Dict(str, t)) -> ((str, t)[])`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenJoinOp : Torch_GeneratedOp<"aten.join", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::join : (str, str[]) -> (str)`";
  let arguments = (ins
    Torch_StringType:$self,
    AnyTorchListOfTorchStringType:$values
  );
  let results = (outs
    Torch_StringType:$result
  );
}

def Torch_AtenKeysIntOp : Torch_GeneratedOp<"aten.keys.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::keys.int : (Dict(int, t)) -> (int[])`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    AnyTorchListOfTorchIntType:$result
  );
}

def Torch_AtenKeysStrOp : Torch_GeneratedOp<"aten.keys.str", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::keys.str : (Dict(str, t)) -> (str[])`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    AnyTorchListOfTorchStringType:$result
  );
}

def Torch_AtenKlDivOp : Torch_GeneratedOp<"aten.kl_div", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::kl_div : (Tensor, Tensor, int, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction,
    Torch_BoolType:$log_target
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenKthvalueOp : Torch_GeneratedOp<"aten.kthvalue", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::kthvalue : (Tensor, SymInt, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$k,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenL1LossOp : Torch_GeneratedOp<"aten.l1_loss", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::l1_loss : (Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLayerNormOp : Torch_GeneratedOp<"aten.layer_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::layer_norm : (Tensor, SymInt[], Tensor?, Tensor?, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchListOfTorchIntType:$normalized_shape,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    Torch_FloatType:$eps,
    Torch_BoolType:$cudnn_enable
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLeOp : Torch_GeneratedOp<"aten.le", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le : (Scalar, Scalar) -> (bool)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLeScalarOp : Torch_GeneratedOp<"aten.le.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLeTensorOp : Torch_GeneratedOp<"aten.le.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLeFloatOp : Torch_GeneratedOp<"aten.le.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.float : (float, float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLeFloatIntOp : Torch_GeneratedOp<"aten.le.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.float_int : (float, int) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLeIntOp : Torch_GeneratedOp<"aten.le.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.int : (int, int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenLeIntFloatOp : Torch_GeneratedOp<"aten.le.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.int_float : (int, float) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLeStrOp : Torch_GeneratedOp<"aten.le.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::le.str : (str, str) -> (bool)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLe_ScalarOp : Torch_GeneratedOp<"aten.le_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::le_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLe_TensorOp : Torch_GeneratedOp<"aten.le_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::le_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLeakyReluOp : Torch_GeneratedOp<"aten.leaky_relu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::leaky_relu : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$negative_slope
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLeakyRelu_Op : Torch_GeneratedOp<"aten.leaky_relu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::leaky_relu_ : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$negative_slope
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLeakyReluBackwardOp : Torch_GeneratedOp<"aten.leaky_relu_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::leaky_relu_backward : (Tensor, Tensor, Scalar, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$negative_slope,
    Torch_BoolType:$self_is_result
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLenDictIntOp : Torch_GeneratedOp<"aten.len.Dict_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::len.Dict_int : (Dict(int, t)) -> (int)`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenLenDictStrOp : Torch_GeneratedOp<"aten.len.Dict_str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::len.Dict_str : (Dict(str, t)) -> (int)`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenLenTensorOp : Torch_GeneratedOp<"aten.len.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::len.Tensor : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$t
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenLenStrOp : Torch_GeneratedOp<"aten.len.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::len.str : (str) -> (int)`";
  let arguments = (ins
    Torch_StringType:$s
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenLenTOp : Torch_GeneratedOp<"aten.len.t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::len.t : (t[]) -> (int)`";
  let arguments = (ins
    AnyTorchListType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenLerpScalarOp : Torch_GeneratedOp<"aten.lerp.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lerp.Scalar : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$end,
    AnyTorchScalarType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLerpTensorOp : Torch_GeneratedOp<"aten.lerp.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lerp.Tensor : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$end,
    AnyTorchTensorType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLerp_ScalarOp : Torch_GeneratedOp<"aten.lerp_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::lerp_.Scalar : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$end,
    AnyTorchScalarType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLerp_TensorOp : Torch_GeneratedOp<"aten.lerp_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::lerp_.Tensor : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$end,
    AnyTorchTensorType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLessScalarOp : Torch_GeneratedOp<"aten.less.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::less.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLessTensorOp : Torch_GeneratedOp<"aten.less.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::less.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLess_ScalarOp : Torch_GeneratedOp<"aten.less_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::less_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLess_TensorOp : Torch_GeneratedOp<"aten.less_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::less_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLessEqualScalarOp : Torch_GeneratedOp<"aten.less_equal.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::less_equal.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLessEqualTensorOp : Torch_GeneratedOp<"aten.less_equal.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::less_equal.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLessEqual_ScalarOp : Torch_GeneratedOp<"aten.less_equal_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::less_equal_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLessEqual_TensorOp : Torch_GeneratedOp<"aten.less_equal_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::less_equal_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLgammaOp : Torch_GeneratedOp<"aten.lgamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lgamma : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLgamma_Op : Torch_GeneratedOp<"aten.lgamma_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::lgamma_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLiftOp : Torch_GeneratedOp<"aten.lift", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lift : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLiftFreshOp : Torch_GeneratedOp<"aten.lift_fresh", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::lift_fresh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLiftFreshCopyOp : Torch_GeneratedOp<"aten.lift_fresh_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lift_fresh_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgPowsumOp : Torch_GeneratedOp<"aten.linalg__powsum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg__powsum : (Tensor, Scalar, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$ord,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgCholeskyOp : Torch_GeneratedOp<"aten.linalg_cholesky", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_cholesky : (Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$upper
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgCholeskyExOp : Torch_GeneratedOp<"aten.linalg_cholesky_ex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_cholesky_ex : (Tensor, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$upper,
    Torch_BoolType:$check_errors
  );
  let results = (outs
    AnyTorchTensorType:$l,
    AnyTorchTensorType:$info
  );
}

def Torch_AtenLinalgCondOp : Torch_GeneratedOp<"aten.linalg_cond", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_cond : (Tensor, Scalar?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$p
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgCondPStrOp : Torch_GeneratedOp<"aten.linalg_cond.p_str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_cond.p_str : (Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$p
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgCrossOp : Torch_GeneratedOp<"aten.linalg_cross", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_cross : (Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgDetOp : Torch_GeneratedOp<"aten.linalg_det", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_det : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgDiagonalOp : Torch_GeneratedOp<"aten.linalg_diagonal", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::linalg_diagonal : (Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_IntType:$offset,
    Torch_IntType:$dim1,
    Torch_IntType:$dim2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgEigOp : Torch_GeneratedOp<"aten.linalg_eig", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_eig : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$eigenvalues,
    AnyTorchTensorType:$eigenvectors
  );
}

def Torch_AtenLinalgEighOp : Torch_GeneratedOp<"aten.linalg_eigh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_eigh : (Tensor, str) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$uplo
  );
  let results = (outs
    AnyTorchTensorType:$eigenvalues,
    AnyTorchTensorType:$eigenvectors
  );
}

def Torch_AtenLinalgEigvalsOp : Torch_GeneratedOp<"aten.linalg_eigvals", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_eigvals : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgEigvalshOp : Torch_GeneratedOp<"aten.linalg_eigvalsh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_eigvalsh : (Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$uplo
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgHouseholderProductOp : Torch_GeneratedOp<"aten.linalg_householder_product", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_householder_product : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$tau
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgInvOp : Torch_GeneratedOp<"aten.linalg_inv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_inv : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgInvExOp : Torch_GeneratedOp<"aten.linalg_inv_ex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_inv_ex : (Tensor, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$check_errors
  );
  let results = (outs
    AnyTorchTensorType:$inverse,
    AnyTorchTensorType:$info
  );
}

def Torch_AtenLinalgLdlFactorOp : Torch_GeneratedOp<"aten.linalg_ldl_factor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_ldl_factor : (Tensor, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$ld,
    AnyTorchTensorType:$pivots
  );
}

def Torch_AtenLinalgLdlFactorExOp : Torch_GeneratedOp<"aten.linalg_ldl_factor_ex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_ldl_factor_ex : (Tensor, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$hermitian,
    Torch_BoolType:$check_errors
  );
  let results = (outs
    AnyTorchTensorType:$ld,
    AnyTorchTensorType:$pivots,
    AnyTorchTensorType:$info
  );
}

def Torch_AtenLinalgLdlSolveOp : Torch_GeneratedOp<"aten.linalg_ldl_solve", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_ldl_solve : (Tensor, Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$ld,
    AnyTorchTensorType:$pivots,
    AnyTorchTensorType:$b,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgLstsqOp : Torch_GeneratedOp<"aten.linalg_lstsq", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_lstsq : (Tensor, Tensor, float?, str?) -> (Tensor, Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$b,
    AnyTorchOptionalFloatType:$rcond,
    AnyTorchOptionalStringType:$driver
  );
  let results = (outs
    AnyTorchTensorType:$solution,
    AnyTorchTensorType:$residuals,
    AnyTorchTensorType:$rank,
    AnyTorchTensorType:$singular_values
  );
}

def Torch_AtenLinalgLuOp : Torch_GeneratedOp<"aten.linalg_lu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_lu : (Tensor, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$pivot
  );
  let results = (outs
    AnyTorchTensorType:$p,
    AnyTorchTensorType:$l,
    AnyTorchTensorType:$u
  );
}

def Torch_AtenLinalgLuFactorOp : Torch_GeneratedOp<"aten.linalg_lu_factor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_lu_factor : (Tensor, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$pivot
  );
  let results = (outs
    AnyTorchTensorType:$lu,
    AnyTorchTensorType:$pivots
  );
}

def Torch_AtenLinalgLuFactorExOp : Torch_GeneratedOp<"aten.linalg_lu_factor_ex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_lu_factor_ex : (Tensor, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$pivot,
    Torch_BoolType:$check_errors
  );
  let results = (outs
    AnyTorchTensorType:$lu,
    AnyTorchTensorType:$pivots,
    AnyTorchTensorType:$info
  );
}

def Torch_AtenLinalgLuSolveOp : Torch_GeneratedOp<"aten.linalg_lu_solve", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_lu_solve : (Tensor, Tensor, Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$lu,
    AnyTorchTensorType:$pivots,
    AnyTorchTensorType:$b,
    Torch_BoolType:$left,
    Torch_BoolType:$adjoint
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatmulOp : Torch_GeneratedOp<"aten.linalg_matmul", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matmul : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixExpOp : Torch_GeneratedOp<"aten.linalg_matrix_exp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_exp : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixNormOp : Torch_GeneratedOp<"aten.linalg_matrix_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_norm : (Tensor, Scalar, int[], bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$ord,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixNormStrOrdOp : Torch_GeneratedOp<"aten.linalg_matrix_norm.str_ord", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_norm.str_ord : (Tensor, str, int[], bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$ord,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixPowerOp : Torch_GeneratedOp<"aten.linalg_matrix_power", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_power : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixRankOp : Torch_GeneratedOp<"aten.linalg_matrix_rank", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_rank : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$tol,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixRankAtolRtolFloatOp : Torch_GeneratedOp<"aten.linalg_matrix_rank.atol_rtol_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_rank.atol_rtol_float : (Tensor, float?, float?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$atol,
    AnyTorchOptionalFloatType:$rtol,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixRankAtolRtolTensorOp : Torch_GeneratedOp<"aten.linalg_matrix_rank.atol_rtol_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_rank.atol_rtol_tensor : (Tensor, Tensor?, Tensor?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$atol,
    AnyTorchOptionalTensorType:$rtol,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMatrixRankTolTensorOp : Torch_GeneratedOp<"aten.linalg_matrix_rank.tol_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_matrix_rank.tol_tensor : (Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$tol,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgMultiDotOp : Torch_GeneratedOp<"aten.linalg_multi_dot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_multi_dot : (Tensor[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgNormOp : Torch_GeneratedOp<"aten.linalg_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_norm : (Tensor, Scalar?, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$ord,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgNormOrdStrOp : Torch_GeneratedOp<"aten.linalg_norm.ord_str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_norm.ord_str : (Tensor, str, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_StringType:$ord,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgPinvOp : Torch_GeneratedOp<"aten.linalg_pinv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_pinv : (Tensor, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$rcond,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgPinvAtolRtolFloatOp : Torch_GeneratedOp<"aten.linalg_pinv.atol_rtol_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_pinv.atol_rtol_float : (Tensor, float?, float?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$atol,
    AnyTorchOptionalFloatType:$rtol,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgPinvAtolRtolTensorOp : Torch_GeneratedOp<"aten.linalg_pinv.atol_rtol_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_pinv.atol_rtol_tensor : (Tensor, Tensor?, Tensor?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalTensorType:$atol,
    AnyTorchOptionalTensorType:$rtol,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgPinvRcondTensorOp : Torch_GeneratedOp<"aten.linalg_pinv.rcond_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_pinv.rcond_tensor : (Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$rcond,
    Torch_BoolType:$hermitian
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgQrOp : Torch_GeneratedOp<"aten.linalg_qr", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_qr : (Tensor, str) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_StringType:$mode
  );
  let results = (outs
    AnyTorchTensorType:$q,
    AnyTorchTensorType:$r
  );
}

def Torch_AtenLinalgSlogdetOp : Torch_GeneratedOp<"aten.linalg_slogdet", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_slogdet : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$sign,
    AnyTorchTensorType:$logabsdet
  );
}

def Torch_AtenLinalgSolveOp : Torch_GeneratedOp<"aten.linalg_solve", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_solve : (Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchTensorType:$b,
    Torch_BoolType:$left
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgSolveExOp : Torch_GeneratedOp<"aten.linalg_solve_ex", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_solve_ex : (Tensor, Tensor, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchTensorType:$b,
    Torch_BoolType:$left,
    Torch_BoolType:$check_errors
  );
  let results = (outs
    AnyTorchTensorType:$result,
    AnyTorchTensorType:$info
  );
}

def Torch_AtenLinalgSolveTriangularOp : Torch_GeneratedOp<"aten.linalg_solve_triangular", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_solve_triangular : (Tensor, Tensor, bool, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$b,
    Torch_BoolType:$upper,
    Torch_BoolType:$left,
    Torch_BoolType:$unitriangular
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgSvdOp : Torch_GeneratedOp<"aten.linalg_svd", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_svd : (Tensor, bool, str?) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$full_matrices,
    AnyTorchOptionalStringType:$driver
  );
  let results = (outs
    AnyTorchTensorType:$u,
    AnyTorchTensorType:$s,
    AnyTorchTensorType:$vh
  );
}

def Torch_AtenLinalgSvdvalsOp : Torch_GeneratedOp<"aten.linalg_svdvals", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_svdvals : (Tensor, str?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchOptionalStringType:$driver
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgTensorinvOp : Torch_GeneratedOp<"aten.linalg_tensorinv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_tensorinv : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$ind
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgTensorsolveOp : Torch_GeneratedOp<"aten.linalg_tensorsolve", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_tensorsolve : (Tensor, Tensor, int[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchOptionalListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgVanderOp : Torch_GeneratedOp<"aten.linalg_vander", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_vander : (Tensor, SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchOptionalIntType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgVecdotOp : Torch_GeneratedOp<"aten.linalg_vecdot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_vecdot : (Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$y,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinalgVectorNormOp : Torch_GeneratedOp<"aten.linalg_vector_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linalg_vector_norm : (Tensor, Scalar, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$ord,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinearOp : Torch_GeneratedOp<"aten.linear", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linear : (Tensor, Tensor, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$weight,
    AnyTorchOptionalTensorType:$bias
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinspaceOp : Torch_GeneratedOp<"aten.linspace", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linspace : (Scalar, Scalar, int, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$start,
    AnyTorchScalarType:$end,
    Torch_IntType:$steps,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinspaceScalarTensorOp : Torch_GeneratedOp<"aten.linspace.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linspace.Scalar_Tensor : (Scalar, Tensor, int, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$start,
    AnyTorchTensorType:$end,
    Torch_IntType:$steps,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinspaceTensorScalarOp : Torch_GeneratedOp<"aten.linspace.Tensor_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linspace.Tensor_Scalar : (Tensor, Scalar, int, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$start,
    AnyTorchScalarType:$end,
    Torch_IntType:$steps,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLinspaceTensorTensorOp : Torch_GeneratedOp<"aten.linspace.Tensor_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::linspace.Tensor_Tensor : (Tensor, Tensor, int, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$start,
    AnyTorchTensorType:$end,
    Torch_IntType:$steps,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenListOp : Torch_GeneratedOp<"aten.list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::list : (str) -> (str[])`";
  let arguments = (ins
    Torch_StringType:$t
  );
  let results = (outs
    AnyTorchListOfTorchStringType:$result
  );
}

def Torch_AtenListTOp : Torch_GeneratedOp<"aten.list.t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::list.t : (t[]) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$l
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenLogOp : Torch_GeneratedOp<"aten.log", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog10Op : Torch_GeneratedOp<"aten.log10", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log10 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog10_Op : Torch_GeneratedOp<"aten.log10_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::log10_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog1pOp : Torch_GeneratedOp<"aten.log1p", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log1p : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog1p_Op : Torch_GeneratedOp<"aten.log1p_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::log1p_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog2Op : Torch_GeneratedOp<"aten.log2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log2 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog2_Op : Torch_GeneratedOp<"aten.log2_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::log2_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLog_Op : Torch_GeneratedOp<"aten.log_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::log_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogSigmoidOp : Torch_GeneratedOp<"aten.log_sigmoid", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log_sigmoid : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogSigmoidBackwardOp : Torch_GeneratedOp<"aten.log_sigmoid_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log_sigmoid_backward : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$buffer
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogSigmoidForwardOp : Torch_GeneratedOp<"aten.log_sigmoid_forward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log_sigmoid_forward : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$output,
    AnyTorchTensorType:$buffer
  );
}

def Torch_AtenLogSoftmaxIntOp : Torch_GeneratedOp<"aten.log_softmax.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::log_softmax.int : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogaddexpOp : Torch_GeneratedOp<"aten.logaddexp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logaddexp : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogaddexp2Op : Torch_GeneratedOp<"aten.logaddexp2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logaddexp2 : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogcumsumexpOp : Torch_GeneratedOp<"aten.logcumsumexp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logcumsumexp : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogdetOp : Torch_GeneratedOp<"aten.logdet", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logdet : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalAndOp : Torch_GeneratedOp<"aten.logical_and", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logical_and : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalAnd_Op : Torch_GeneratedOp<"aten.logical_and_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::logical_and_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalNotOp : Torch_GeneratedOp<"aten.logical_not", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logical_not : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalNot_Op : Torch_GeneratedOp<"aten.logical_not_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::logical_not_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalOrOp : Torch_GeneratedOp<"aten.logical_or", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logical_or : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalOr_Op : Torch_GeneratedOp<"aten.logical_or_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::logical_or_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalXorOp : Torch_GeneratedOp<"aten.logical_xor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logical_xor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogicalXor_Op : Torch_GeneratedOp<"aten.logical_xor_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::logical_xor_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogitOp : Torch_GeneratedOp<"aten.logit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logit : (Tensor, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogit_Op : Torch_GeneratedOp<"aten.logit_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::logit_ : (Tensor, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogitBackwardOp : Torch_GeneratedOp<"aten.logit_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logit_backward : (Tensor, Tensor, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLogsumexpOp : Torch_GeneratedOp<"aten.logsumexp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::logsumexp : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLstmDataOp : Torch_GeneratedOp<"aten.lstm.data", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::lstm.data : (Tensor, Tensor, Tensor[], Tensor[], bool, int, float, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    AnyTorchTensorType:$batch_sizes,
    AnyTorchListOfTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenLstmInputOp : Torch_GeneratedOp<"aten.lstm.input", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::lstm.input : (Tensor, Tensor[], Tensor[], bool, int, float, bool, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchListOfTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional,
    Torch_BoolType:$batch_first
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenLstmCellOp : Torch_GeneratedOp<"aten.lstm_cell", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lstm_cell : (Tensor, Tensor[], Tensor, Tensor, Tensor?, Tensor?) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchListOfTensorType:$hx,
    AnyTorchTensorType:$w_ih,
    AnyTorchTensorType:$w_hh,
    AnyTorchOptionalTensorType:$b_ih,
    AnyTorchOptionalTensorType:$b_hh
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenLtOp : Torch_GeneratedOp<"aten.lt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt : (Scalar, Scalar) -> (bool)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLtScalarOp : Torch_GeneratedOp<"aten.lt.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLtTensorOp : Torch_GeneratedOp<"aten.lt.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLtFloatOp : Torch_GeneratedOp<"aten.lt.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.float : (float, float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLtFloatIntOp : Torch_GeneratedOp<"aten.lt.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.float_int : (float, int) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLtIntOp : Torch_GeneratedOp<"aten.lt.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.int : (int, int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenLtIntFloatOp : Torch_GeneratedOp<"aten.lt.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.int_float : (int, float) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLtStrOp : Torch_GeneratedOp<"aten.lt.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lt.str : (str, str) -> (bool)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenLt_ScalarOp : Torch_GeneratedOp<"aten.lt_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::lt_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLt_TensorOp : Torch_GeneratedOp<"aten.lt_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::lt_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenLuUnpackOp : Torch_GeneratedOp<"aten.lu_unpack", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::lu_unpack : (Tensor, Tensor, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$lu_data,
    AnyTorchTensorType:$lu_pivots,
    Torch_BoolType:$unpack_data,
    Torch_BoolType:$unpack_pivots
  );
  let results = (outs
    AnyTorchTensorType:$p,
    AnyTorchTensorType:$l,
    AnyTorchTensorType:$u
  );
}

def Torch_AtenMTOp : Torch_GeneratedOp<"aten.mT", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::mT : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMTAOp : Torch_GeneratedOp<"aten.mT.a", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::mT.a : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedFillScalarOp : Torch_GeneratedOp<"aten.masked_fill.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::masked_fill.Scalar : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedFillTensorOp : Torch_GeneratedOp<"aten.masked_fill.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::masked_fill.Tensor : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask,
    AnyTorchTensorType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedFill_ScalarOp : Torch_GeneratedOp<"aten.masked_fill_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::masked_fill_.Scalar : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedFill_TensorOp : Torch_GeneratedOp<"aten.masked_fill_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::masked_fill_.Tensor : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask,
    AnyTorchTensorType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedScatterOp : Torch_GeneratedOp<"aten.masked_scatter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::masked_scatter : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask,
    AnyTorchTensorType:$source
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedScatter_Op : Torch_GeneratedOp<"aten.masked_scatter_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::masked_scatter_ : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask,
    AnyTorchTensorType:$source
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaskedSelectOp : Torch_GeneratedOp<"aten.masked_select", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::masked_select : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mask
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMatmulOp : Torch_GeneratedOp<"aten.matmul", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::matmul : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxOp : Torch_GeneratedOp<"aten.max", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxDimOp : Torch_GeneratedOp<"aten.max.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max.dim : (Tensor, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenMaxOtherOp : Torch_GeneratedOp<"aten.max.other", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max.other : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxPool1dOp : Torch_GeneratedOp<"aten.max_pool1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool1d : (Tensor, int[], int[], int[], int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxPool1dWithIndicesOp : Torch_GeneratedOp<"aten.max_pool1d_with_indices", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool1d_with_indices : (Tensor, int[], int[], int[], int[], bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenMaxPool2dOp : Torch_GeneratedOp<"aten.max_pool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool2d : (Tensor, int[], int[], int[], int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxPool2dWithIndicesOp : Torch_GeneratedOp<"aten.max_pool2d_with_indices", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool2d_with_indices : (Tensor, int[], int[], int[], int[], bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenMaxPool2dWithIndicesBackwardOp : Torch_GeneratedOp<"aten.max_pool2d_with_indices_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool2d_with_indices_backward : (Tensor, Tensor, int[], int[], int[], int[], bool, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode,
    AnyTorchTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxPool3dOp : Torch_GeneratedOp<"aten.max_pool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool3d : (Tensor, int[], int[], int[], int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxPool3dWithIndicesOp : Torch_GeneratedOp<"aten.max_pool3d_with_indices", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool3d_with_indices : (Tensor, int[], int[], int[], int[], bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenMaxPool3dWithIndicesBackwardOp : Torch_GeneratedOp<"aten.max_pool3d_with_indices_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_pool3d_with_indices_backward : (Tensor, Tensor, int[], int[], int[], int[], bool, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$kernel_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding,
    AnyTorchListOfTorchIntType:$dilation,
    Torch_BoolType:$ceil_mode,
    AnyTorchTensorType:$indices
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxUnpool2dOp : Torch_GeneratedOp<"aten.max_unpool2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_unpool2d : (Tensor, Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$indices,
    AnyTorchListOfTorchIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaxUnpool3dOp : Torch_GeneratedOp<"aten.max_unpool3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::max_unpool3d : (Tensor, Tensor, SymInt[], int[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$indices,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMaximumOp : Torch_GeneratedOp<"aten.maximum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::maximum : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMeanOp : Torch_GeneratedOp<"aten.mean", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mean : (Tensor, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMeanDimOp : Torch_GeneratedOp<"aten.mean.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mean.dim : (Tensor, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMedianOp : Torch_GeneratedOp<"aten.median", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::median : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMedianDimOp : Torch_GeneratedOp<"aten.median.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::median.dim : (Tensor, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenMinOp : Torch_GeneratedOp<"aten.min", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::min : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMinDimOp : Torch_GeneratedOp<"aten.min.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::min.dim : (Tensor, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenMinOtherOp : Torch_GeneratedOp<"aten.min.other", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::min.other : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMinimumOp : Torch_GeneratedOp<"aten.minimum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::minimum : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMishOp : Torch_GeneratedOp<"aten.mish", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mish : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMish_Op : Torch_GeneratedOp<"aten.mish_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::mish_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMishBackwardOp : Torch_GeneratedOp<"aten.mish_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mish_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMmOp : Torch_GeneratedOp<"aten.mm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mm : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
  let hasVerifier = 1;
}

def Torch_AtenMmDtypeOp : Torch_GeneratedOp<"aten.mm.dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mm.dtype : (Tensor, Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$mat2,
    Torch_IntType:$out_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenModeOp : Torch_GeneratedOp<"aten.mode", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mode : (Tensor, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenMovedimIntOp : Torch_GeneratedOp<"aten.movedim.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::movedim.int : (Tensor, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$source,
    Torch_IntType:$destination
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMovedimIntlistOp : Torch_GeneratedOp<"aten.movedim.intlist", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::movedim.intlist : (Tensor, int[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$source,
    AnyTorchListOfTorchIntType:$destination
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMseLossOp : Torch_GeneratedOp<"aten.mse_loss", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mse_loss : (Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMseLossBackwardOp : Torch_GeneratedOp<"aten.mse_loss_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mse_loss_backward : (Tensor, Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMsortOp : Torch_GeneratedOp<"aten.msort", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::msort : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMulOp : Torch_GeneratedOp<"aten.mul", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenMulScalarOp : Torch_GeneratedOp<"aten.mul.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMulTensorOp : Torch_GeneratedOp<"aten.mul.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMulFloatOp : Torch_GeneratedOp<"aten.mul.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenMulFloatIntOp : Torch_GeneratedOp<"aten.mul.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenMulIntOp : Torch_GeneratedOp<"aten.mul.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenMulIntFloatOp : Torch_GeneratedOp<"aten.mul.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenMulLeftTOp : Torch_GeneratedOp<"aten.mul.left_t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.left_t : (t[], int) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$l,
    Torch_IntType:$n
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenMulRight_Op : Torch_GeneratedOp<"aten.mul.right_", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mul.right_ : (int, t[]) -> (t[])`";
  let arguments = (ins
    Torch_IntType:$n,
    AnyTorchListType:$l
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenMul_ScalarOp : Torch_GeneratedOp<"aten.mul_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::mul_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMul_TensorOp : Torch_GeneratedOp<"aten.mul_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::mul_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMultinomialOp : Torch_GeneratedOp<"aten.multinomial", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::multinomial : (Tensor, SymInt, bool, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$num_samples,
    Torch_BoolType:$replacement,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMultiplyScalarOp : Torch_GeneratedOp<"aten.multiply.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::multiply.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMultiplyTensorOp : Torch_GeneratedOp<"aten.multiply.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::multiply.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMultiply_ScalarOp : Torch_GeneratedOp<"aten.multiply_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::multiply_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMultiply_TensorOp : Torch_GeneratedOp<"aten.multiply_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::multiply_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenMvOp : Torch_GeneratedOp<"aten.mv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::mv : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$vec
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNanToNumOp : Torch_GeneratedOp<"aten.nan_to_num", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nan_to_num : (Tensor, float?, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$nan,
    AnyTorchOptionalFloatType:$posinf,
    AnyTorchOptionalFloatType:$neginf
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNanToNum_Op : Torch_GeneratedOp<"aten.nan_to_num_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::nan_to_num_ : (Tensor, float?, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$nan,
    AnyTorchOptionalFloatType:$posinf,
    AnyTorchOptionalFloatType:$neginf
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNanmeanOp : Torch_GeneratedOp<"aten.nanmean", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nanmean : (Tensor, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNanmedianOp : Torch_GeneratedOp<"aten.nanmedian", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nanmedian : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNanmedianDimOp : Torch_GeneratedOp<"aten.nanmedian.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nanmedian.dim : (Tensor, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenNansumOp : Torch_GeneratedOp<"aten.nansum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nansum : (Tensor, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNarrowOp : Torch_GeneratedOp<"aten.narrow", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::narrow : (Tensor, int, SymInt, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_IntType:$start,
    Torch_IntType:$length
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNarrowTensorOp : Torch_GeneratedOp<"aten.narrow.Tensor", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::narrow.Tensor : (Tensor, int, Tensor, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$start,
    Torch_IntType:$length
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNarrowCopyOp : Torch_GeneratedOp<"aten.narrow_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::narrow_copy : (Tensor, int, SymInt, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_IntType:$start,
    Torch_IntType:$length
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNativeBatchNormOp : Torch_GeneratedOp<"aten.native_batch_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_batch_norm : (Tensor, Tensor?, Tensor?, Tensor?, Tensor?, bool, float, float) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchOptionalTensorType:$running_mean,
    AnyTorchOptionalTensorType:$running_var,
    Torch_BoolType:$training,
    Torch_FloatType:$momentum,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenNativeBatchNormBackwardOp : Torch_GeneratedOp<"aten.native_batch_norm_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_batch_norm_backward : (Tensor, Tensor, Tensor?, Tensor?, Tensor?, Tensor?, Tensor?, bool, float, bool[]) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_out,
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$running_mean,
    AnyTorchOptionalTensorType:$running_var,
    AnyTorchOptionalTensorType:$save_mean,
    AnyTorchOptionalTensorType:$save_invstd,
    Torch_BoolType:$train,
    Torch_FloatType:$eps,
    AnyTorchListOfTorchBoolType:$output_mask
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenNativeDropoutOp : Torch_GeneratedOp<"aten.native_dropout", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::native_dropout : (Tensor, float, bool?) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$p,
    AnyTorchOptionalBoolType:$train
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenNativeDropoutBackwardOp : Torch_GeneratedOp<"aten.native_dropout_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_dropout_backward : (Tensor, Tensor, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$mask,
    Torch_FloatType:$scale
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNativeGroupNormOp : Torch_GeneratedOp<"aten.native_group_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_group_norm : (Tensor, Tensor?, Tensor?, SymInt, SymInt, SymInt, int, float) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    Torch_IntType:$n,
    Torch_IntType:$c,
    Torch_IntType:$hx_w,
    Torch_IntType:$group,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenNativeGroupNormBackwardOp : Torch_GeneratedOp<"aten.native_group_norm_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_group_norm_backward : (Tensor, Tensor, Tensor, Tensor, Tensor?, SymInt, SymInt, SymInt, int, bool[]) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_out,
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$mean,
    AnyTorchTensorType:$rstd,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$n,
    Torch_IntType:$c,
    Torch_IntType:$hx_w,
    Torch_IntType:$group,
    AnyTorchListOfTorchBoolType:$output_mask
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenNativeLayerNormOp : Torch_GeneratedOp<"aten.native_layer_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_layer_norm : (Tensor, SymInt[], Tensor?, Tensor?, float) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchListOfTorchIntType:$normalized_shape,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    Torch_FloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenNativeLayerNormBackwardOp : Torch_GeneratedOp<"aten.native_layer_norm_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::native_layer_norm_backward : (Tensor, Tensor, SymInt[], Tensor, Tensor, Tensor?, Tensor?, bool[]) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_out,
    AnyTorchTensorType:$input,
    AnyTorchListOfTorchIntType:$normalized_shape,
    AnyTorchTensorType:$mean,
    AnyTorchTensorType:$rstd,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalTensorType:$bias,
    AnyTorchListOfTorchBoolType:$output_mask
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenNeOp : Torch_GeneratedOp<"aten.ne", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne : (Scalar, Scalar) -> (bool)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeScalarOp : Torch_GeneratedOp<"aten.ne.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNeTensorOp : Torch_GeneratedOp<"aten.ne.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNeTensorListOp : Torch_GeneratedOp<"aten.ne.Tensor_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.Tensor_list : (Tensor[], Tensor[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$a,
    AnyTorchListOfTensorType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeBoolOp : Torch_GeneratedOp<"aten.ne.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.bool : (bool, bool) -> (bool)`";
  let arguments = (ins
    Torch_BoolType:$a,
    Torch_BoolType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeBoolListOp : Torch_GeneratedOp<"aten.ne.bool_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.bool_list : (bool[], bool[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchBoolType:$a,
    AnyTorchListOfTorchBoolType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeDeviceOp : Torch_GeneratedOp<"aten.ne.device", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.device : (Device, Device) -> (bool)`";
  let arguments = (ins
    Torch_DeviceType:$a,
    Torch_DeviceType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeFloatOp : Torch_GeneratedOp<"aten.ne.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.float : (float, float) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeFloatIntOp : Torch_GeneratedOp<"aten.ne.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.float_int : (float, int) -> (bool)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeFloatListOp : Torch_GeneratedOp<"aten.ne.float_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.float_list : (float[], float[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$a,
    AnyTorchListOfTorchFloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeIntOp : Torch_GeneratedOp<"aten.ne.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.int : (int, int) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenNeIntFloatOp : Torch_GeneratedOp<"aten.ne.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.int_float : (int, float) -> (bool)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeIntListOp : Torch_GeneratedOp<"aten.ne.int_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.int_list : (int[], int[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$a,
    AnyTorchListOfTorchIntType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeStrOp : Torch_GeneratedOp<"aten.ne.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.str : (str, str) -> (bool)`";
  let arguments = (ins
    Torch_StringType:$a,
    Torch_StringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNeStrListOp : Torch_GeneratedOp<"aten.ne.str_list", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ne.str_list : (str[], str[]) -> (bool)`";
  let arguments = (ins
    AnyTorchListOfTorchStringType:$a,
    AnyTorchListOfTorchStringType:$b
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenNe_ScalarOp : Torch_GeneratedOp<"aten.ne_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::ne_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNe_TensorOp : Torch_GeneratedOp<"aten.ne_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::ne_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNegOp : Torch_GeneratedOp<"aten.neg", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::neg : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNegScalarOp : Torch_GeneratedOp<"aten.neg.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::neg.Scalar : (Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenNegFloatOp : Torch_GeneratedOp<"aten.neg.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::neg.float : (float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenNegIntOp : Torch_GeneratedOp<"aten.neg.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::neg.int : (int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenNeg_Op : Torch_GeneratedOp<"aten.neg_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::neg_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNewEmptyOp : Torch_GeneratedOp<"aten.new_empty", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::new_empty : (Tensor, SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNewEmptyStridedOp : Torch_GeneratedOp<"aten.new_empty_strided", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::new_empty_strided : (Tensor, SymInt[], SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNewFullOp : Torch_GeneratedOp<"aten.new_full", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::new_full : (Tensor, SymInt[], Scalar, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchScalarType:$fill_value,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNewOnesOp : Torch_GeneratedOp<"aten.new_ones", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::new_ones : (Tensor, SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNewZerosOp : Torch_GeneratedOp<"aten.new_zeros", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::new_zeros : (Tensor, SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNextafterOp : Torch_GeneratedOp<"aten.nextafter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nextafter : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNextafter_Op : Torch_GeneratedOp<"aten.nextafter_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::nextafter_ : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNllLossOp : Torch_GeneratedOp<"aten.nll_loss", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nll_loss : (Tensor, Tensor, Tensor?, int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNllLoss2dOp : Torch_GeneratedOp<"aten.nll_loss2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nll_loss2d : (Tensor, Tensor, Tensor?, int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNllLoss2dBackwardOp : Torch_GeneratedOp<"aten.nll_loss2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nll_loss2d_backward : (Tensor, Tensor, Tensor, Tensor?, int, SymInt, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index,
    AnyTorchTensorType:$total_weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNllLoss2dForwardOp : Torch_GeneratedOp<"aten.nll_loss2d_forward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nll_loss2d_forward : (Tensor, Tensor, Tensor?, int, SymInt) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index
  );
  let results = (outs
    AnyTorchTensorType:$output,
    AnyTorchTensorType:$total_weight
  );
}

def Torch_AtenNllLossBackwardOp : Torch_GeneratedOp<"aten.nll_loss_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nll_loss_backward : (Tensor, Tensor, Tensor, Tensor?, int, SymInt, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index,
    AnyTorchTensorType:$total_weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNllLossForwardOp : Torch_GeneratedOp<"aten.nll_loss_forward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nll_loss_forward : (Tensor, Tensor, Tensor?, int, SymInt) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    AnyTorchOptionalTensorType:$weight,
    Torch_IntType:$reduction,
    Torch_IntType:$ignore_index
  );
  let results = (outs
    AnyTorchTensorType:$output,
    AnyTorchTensorType:$total_weight
  );
}

def Torch_AtenNonzeroOp : Torch_GeneratedOp<"aten.nonzero", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nonzero : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNonzeroStaticOp : Torch_GeneratedOp<"aten.nonzero_static", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::nonzero_static : (Tensor, SymInt, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$size,
    Torch_IntType:$fill_value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormScalarOp : Torch_GeneratedOp<"aten.norm.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::norm.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$p
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormScalarOptDimOp : Torch_GeneratedOp<"aten.norm.ScalarOpt_dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::norm.ScalarOpt_dim : (Tensor, Scalar?, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$p,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormScalarOptDimDtypeOp : Torch_GeneratedOp<"aten.norm.ScalarOpt_dim_dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::norm.ScalarOpt_dim_dtype : (Tensor, Scalar?, int[], bool, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$p,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormScalarOptDtypeOp : Torch_GeneratedOp<"aten.norm.ScalarOpt_dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::norm.ScalarOpt_dtype : (Tensor, Scalar?, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalScalarType:$p,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormalTensorTensorOp : Torch_GeneratedOp<"aten.normal.Tensor_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::normal.Tensor_Tensor : (Tensor, Tensor, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$mean,
    AnyTorchTensorType:$std,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormalTensorFloatOp : Torch_GeneratedOp<"aten.normal.Tensor_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::normal.Tensor_float : (Tensor, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$mean,
    Torch_FloatType:$std,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormalFloatTensorOp : Torch_GeneratedOp<"aten.normal.float_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::normal.float_Tensor : (float, Tensor, Generator?) -> (Tensor)`";
  let arguments = (ins
    Torch_FloatType:$mean,
    AnyTorchTensorType:$std,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormalFloatFloatOp : Torch_GeneratedOp<"aten.normal.float_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::normal.float_float : (float, float, SymInt[], Generator?, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_FloatType:$mean,
    Torch_FloatType:$std,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNormalFunctionalOp : Torch_GeneratedOp<"aten.normal_functional", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::normal_functional : (Tensor, float, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$mean,
    Torch_FloatType:$std,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNotEqualScalarOp : Torch_GeneratedOp<"aten.not_equal.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::not_equal.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNotEqualTensorOp : Torch_GeneratedOp<"aten.not_equal.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::not_equal.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNotEqual_ScalarOp : Torch_GeneratedOp<"aten.not_equal_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::not_equal_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNotEqual_TensorOp : Torch_GeneratedOp<"aten.not_equal_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::not_equal_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenNumelOp : Torch_GeneratedOp<"aten.numel", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::numel : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenOneHotOp : Torch_GeneratedOp<"aten.one_hot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::one_hot : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$num_classes
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenOnesOp : Torch_GeneratedOp<"aten.ones", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ones : (SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenOnesLikeOp : Torch_GeneratedOp<"aten.ones_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ones_like : (Tensor, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenOrmqrOp : Torch_GeneratedOp<"aten.ormqr", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::ormqr : (Tensor, Tensor, Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$input2,
    AnyTorchTensorType:$input3,
    Torch_BoolType:$left,
    Torch_BoolType:$transpose
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenOuterOp : Torch_GeneratedOp<"aten.outer", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::outer : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$vec2
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPadOp : Torch_GeneratedOp<"aten.pad", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pad : (Tensor, SymInt[], str, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$pad,
    Torch_StringType:$mode,
    AnyTorchOptionalFloatType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPairwiseDistanceOp : Torch_GeneratedOp<"aten.pairwise_distance", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pairwise_distance : (Tensor, Tensor, float, float, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x1,
    AnyTorchTensorType:$x2,
    Torch_FloatType:$p,
    Torch_FloatType:$eps,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPdistOp : Torch_GeneratedOp<"aten.pdist", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pdist : (Tensor, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$p
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPermuteOp : Torch_GeneratedOp<"aten.permute", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::permute : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPermuteCopyOp : Torch_GeneratedOp<"aten.permute_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::permute_copy : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPixelShuffleOp : Torch_GeneratedOp<"aten.pixel_shuffle", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pixel_shuffle : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$upscale_factor
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPixelUnshuffleOp : Torch_GeneratedOp<"aten.pixel_unshuffle", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pixel_unshuffle : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$downscale_factor
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPolarOp : Torch_GeneratedOp<"aten.polar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::polar : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$abs,
    AnyTorchTensorType:$angle
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPolygammaOp : Torch_GeneratedOp<"aten.polygamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::polygamma : (int, Tensor) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPolygamma_Op : Torch_GeneratedOp<"aten.polygamma_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::polygamma_ : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPopTOp : Torch_GeneratedOp<"aten.pop.t", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::pop.t : (t[], int) -> (t)`";
  let arguments = (ins
    AnyTorchListType:$self,
    Torch_IntType:$idx
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_AtenPowScalarOp : Torch_GeneratedOp<"aten.pow.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.Scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPowScalarScalarOp : Torch_GeneratedOp<"aten.pow.Scalar_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.Scalar_Scalar : (Scalar, Scalar) -> (float)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenPowTensorScalarOp : Torch_GeneratedOp<"aten.pow.Tensor_Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.Tensor_Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPowTensorTensorOp : Torch_GeneratedOp<"aten.pow.Tensor_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.Tensor_Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPowFloatOp : Torch_GeneratedOp<"aten.pow.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenPowFloatIntOp : Torch_GeneratedOp<"aten.pow.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenPowIntOp : Torch_GeneratedOp<"aten.pow.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.int : (int, int) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenPowIntFloatOp : Torch_GeneratedOp<"aten.pow.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenPowIntToIntOp : Torch_GeneratedOp<"aten.pow.int_to_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::pow.int_to_int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenPow_ScalarOp : Torch_GeneratedOp<"aten.pow_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::pow_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$exponent
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPreluOp : Torch_GeneratedOp<"aten.prelu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::prelu : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$weight
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenProdOp : Torch_GeneratedOp<"aten.prod", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::prod : (Tensor, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenProdDimIntOp : Torch_GeneratedOp<"aten.prod.dim_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::prod.dim_int : (Tensor, int, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPutOp : Torch_GeneratedOp<"aten.put", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::put : (Tensor, Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenPut_Op : Torch_GeneratedOp<"aten.put_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::put_ : (Tensor, Tensor, Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$source,
    Torch_BoolType:$accumulate
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenQPerChannelScalesOp : Torch_GeneratedOp<"aten.q_per_channel_scales", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::q_per_channel_scales : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenQPerChannelZeroPointsOp : Torch_GeneratedOp<"aten.q_per_channel_zero_points", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::q_per_channel_zero_points : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenQScaleOp : Torch_GeneratedOp<"aten.q_scale", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::q_scale : (Tensor) -> (float)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenQZeroPointOp : Torch_GeneratedOp<"aten.q_zero_point", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::q_zero_point : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenQuantizePerChannelOp : Torch_GeneratedOp<"aten.quantize_per_channel", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::quantize_per_channel : (Tensor, Tensor, Tensor, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$scales,
    AnyTorchTensorType:$zero_points,
    Torch_IntType:$axis,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenQuantizePerTensorOp : Torch_GeneratedOp<"aten.quantize_per_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::quantize_per_tensor : (Tensor, float, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$scale,
    Torch_IntType:$zero_point,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenQuantizePerTensorTensorQparamsOp : Torch_GeneratedOp<"aten.quantize_per_tensor.tensor_qparams", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::quantize_per_tensor.tensor_qparams : (Tensor, Tensor, Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenQuantizePerTensorTensorsOp : Torch_GeneratedOp<"aten.quantize_per_tensor.tensors", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::quantize_per_tensor.tensors : (Tensor[], Tensor, Tensor, ScalarType) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors,
    AnyTorchTensorType:$scales,
    AnyTorchTensorType:$zero_points,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenRad2degOp : Torch_GeneratedOp<"aten.rad2deg", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rad2deg : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRad2deg_Op : Torch_GeneratedOp<"aten.rad2deg_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::rad2deg_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandOp : Torch_GeneratedOp<"aten.rand", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rand : (SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandGeneratorOp : Torch_GeneratedOp<"aten.rand.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rand.generator : (SymInt[], Generator?, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandLikeOp : Torch_GeneratedOp<"aten.rand_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rand_like : (Tensor, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandLikeGeneratorOp : Torch_GeneratedOp<"aten.rand_like.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rand_like.generator : (Tensor, Generator?, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintOp : Torch_GeneratedOp<"aten.randint", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint : (SymInt, SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$high,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintGeneratorOp : Torch_GeneratedOp<"aten.randint.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint.generator : (SymInt, SymInt[], Generator?, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$high,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLowOp : Torch_GeneratedOp<"aten.randint.low", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint.low : (SymInt, SymInt, SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$low,
    Torch_IntType:$high,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLowGeneratorOp : Torch_GeneratedOp<"aten.randint.low_generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint.low_generator : (SymInt, SymInt, SymInt[], Generator?, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$low,
    Torch_IntType:$high,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLikeOp : Torch_GeneratedOp<"aten.randint_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint_like : (Tensor, SymInt, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$high,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLikeTensorOp : Torch_GeneratedOp<"aten.randint_like.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint_like.Tensor : (Tensor, Tensor, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$high,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLikeTensorGeneratorOp : Torch_GeneratedOp<"aten.randint_like.Tensor_generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint_like.Tensor_generator : (Tensor, Tensor, Generator?, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$high,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLikeGeneratorOp : Torch_GeneratedOp<"aten.randint_like.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint_like.generator : (Tensor, SymInt, Generator?, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$high,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLikeLowDtypeOp : Torch_GeneratedOp<"aten.randint_like.low_dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint_like.low_dtype : (Tensor, SymInt, SymInt, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$low,
    Torch_IntType:$high,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandintLikeLowGeneratorDtypeOp : Torch_GeneratedOp<"aten.randint_like.low_generator_dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randint_like.low_generator_dtype : (Tensor, SymInt, SymInt, Generator?, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$low,
    Torch_IntType:$high,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandnOp : Torch_GeneratedOp<"aten.randn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randn : (SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandnGeneratorOp : Torch_GeneratedOp<"aten.randn.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randn.generator : (SymInt[], Generator?, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandnLikeOp : Torch_GeneratedOp<"aten.randn_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randn_like : (Tensor, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandnLikeGeneratorOp : Torch_GeneratedOp<"aten.randn_like.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randn_like.generator : (Tensor, Generator?, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandpermOp : Torch_GeneratedOp<"aten.randperm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randperm : (SymInt, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRandpermGeneratorOp : Torch_GeneratedOp<"aten.randperm.generator", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::randperm.generator : (SymInt, Generator?, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    AnyTorchOptionalGeneratorType:$generator,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReciprocalOp : Torch_GeneratedOp<"aten.reciprocal", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::reciprocal : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReciprocal_Op : Torch_GeneratedOp<"aten.reciprocal_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::reciprocal_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReflectionPad1dOp : Torch_GeneratedOp<"aten.reflection_pad1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::reflection_pad1d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReflectionPad1dBackwardOp : Torch_GeneratedOp<"aten.reflection_pad1d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::reflection_pad1d_backward : (Tensor, Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReflectionPad2dOp : Torch_GeneratedOp<"aten.reflection_pad2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::reflection_pad2d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReflectionPad2dBackwardOp : Torch_GeneratedOp<"aten.reflection_pad2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::reflection_pad2d_backward : (Tensor, Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReflectionPad3dOp : Torch_GeneratedOp<"aten.reflection_pad3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::reflection_pad3d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReluOp : Torch_GeneratedOp<"aten.relu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::relu : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRelu6Op : Torch_GeneratedOp<"aten.relu6", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::relu6 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRelu6_Op : Torch_GeneratedOp<"aten.relu6_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::relu6_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRelu_Op : Torch_GeneratedOp<"aten.relu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::relu_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRemainderOp : Torch_GeneratedOp<"aten.remainder", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenRemainderScalarOp : Torch_GeneratedOp<"aten.remainder.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRemainderScalarTensorOp : Torch_GeneratedOp<"aten.remainder.Scalar_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.Scalar_Tensor : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRemainderTensorOp : Torch_GeneratedOp<"aten.remainder.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRemainderFloatOp : Torch_GeneratedOp<"aten.remainder.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenRemainderFloatIntOp : Torch_GeneratedOp<"aten.remainder.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenRemainderIntOp : Torch_GeneratedOp<"aten.remainder.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenRemainderIntFloatOp : Torch_GeneratedOp<"aten.remainder.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::remainder.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenRemainder_ScalarOp : Torch_GeneratedOp<"aten.remainder_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::remainder_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRemainder_TensorOp : Torch_GeneratedOp<"aten.remainder_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::remainder_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRepeatOp : Torch_GeneratedOp<"aten.repeat", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::repeat : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$repeats
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRepeatInterleaveTensorOp : Torch_GeneratedOp<"aten.repeat_interleave.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::repeat_interleave.Tensor : (Tensor, SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$repeats,
    AnyTorchOptionalIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRepeatInterleaveSelfTensorOp : Torch_GeneratedOp<"aten.repeat_interleave.self_Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::repeat_interleave.self_Tensor : (Tensor, Tensor, int?, SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$repeats,
    AnyTorchOptionalIntType:$dim,
    AnyTorchOptionalIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRepeatInterleaveSelfIntOp : Torch_GeneratedOp<"aten.repeat_interleave.self_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::repeat_interleave.self_int : (Tensor, SymInt, int?, SymInt?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$repeats,
    AnyTorchOptionalIntType:$dim,
    AnyTorchOptionalIntType:$output_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReplicationPad1dOp : Torch_GeneratedOp<"aten.replication_pad1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::replication_pad1d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReplicationPad1dBackwardOp : Torch_GeneratedOp<"aten.replication_pad1d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::replication_pad1d_backward : (Tensor, Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReplicationPad2dOp : Torch_GeneratedOp<"aten.replication_pad2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::replication_pad2d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReplicationPad2dBackwardOp : Torch_GeneratedOp<"aten.replication_pad2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::replication_pad2d_backward : (Tensor, Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReplicationPad3dOp : Torch_GeneratedOp<"aten.replication_pad3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::replication_pad3d : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$padding
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReshapeOp : Torch_GeneratedOp<"aten.reshape", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::reshape : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$shape
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReshapeAsOp : Torch_GeneratedOp<"aten.reshape_as", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::reshape_as : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenResizeOp : Torch_GeneratedOp<"aten.resize", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::resize : (Tensor, SymInt[], MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenResize_Op : Torch_GeneratedOp<"aten.resize_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::resize_ : (Tensor, SymInt[], MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenResizeAsOp : Torch_GeneratedOp<"aten.resize_as", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::resize_as : (Tensor, Tensor, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$the_template,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenResizeAs_Op : Torch_GeneratedOp<"aten.resize_as_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::resize_as_ : (Tensor, Tensor, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$the_template,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenReverseTOp : Torch_GeneratedOp<"aten.reverse.t", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::reverse.t : (t[]) -> ()`";
  let arguments = (ins
    AnyTorchListType:$self
  );
  let results = (outs);
}

def Torch_AtenRmsNormOp : Torch_GeneratedOp<"aten.rms_norm", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rms_norm : (Tensor, SymInt[], Tensor?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchListOfTorchIntType:$normalized_shape,
    AnyTorchOptionalTensorType:$weight,
    AnyTorchOptionalFloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRnnReluDataOp : Torch_GeneratedOp<"aten.rnn_relu.data", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rnn_relu.data : (Tensor, Tensor, Tensor, Tensor[], bool, int, float, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    AnyTorchTensorType:$batch_sizes,
    AnyTorchTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenRnnReluInputOp : Torch_GeneratedOp<"aten.rnn_relu.input", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rnn_relu.input : (Tensor, Tensor, Tensor[], bool, int, float, bool, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional,
    Torch_BoolType:$batch_first
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenRnnReluCellOp : Torch_GeneratedOp<"aten.rnn_relu_cell", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rnn_relu_cell : (Tensor, Tensor, Tensor, Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$hx,
    AnyTorchTensorType:$w_ih,
    AnyTorchTensorType:$w_hh,
    AnyTorchOptionalTensorType:$b_ih,
    AnyTorchOptionalTensorType:$b_hh
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRnnTanhDataOp : Torch_GeneratedOp<"aten.rnn_tanh.data", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rnn_tanh.data : (Tensor, Tensor, Tensor, Tensor[], bool, int, float, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    AnyTorchTensorType:$batch_sizes,
    AnyTorchTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenRnnTanhInputOp : Torch_GeneratedOp<"aten.rnn_tanh.input", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rnn_tanh.input : (Tensor, Tensor, Tensor[], bool, int, float, bool, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$hx,
    AnyTorchListOfTensorType:$params,
    Torch_BoolType:$has_biases,
    Torch_IntType:$num_layers,
    Torch_FloatType:$dropout,
    Torch_BoolType:$train,
    Torch_BoolType:$bidirectional,
    Torch_BoolType:$batch_first
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenRnnTanhCellOp : Torch_GeneratedOp<"aten.rnn_tanh_cell", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rnn_tanh_cell : (Tensor, Tensor, Tensor, Tensor, Tensor?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$hx,
    AnyTorchTensorType:$w_ih,
    AnyTorchTensorType:$w_hh,
    AnyTorchOptionalTensorType:$b_ih,
    AnyTorchOptionalTensorType:$b_hh
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRollOp : Torch_GeneratedOp<"aten.roll", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::roll : (Tensor, SymInt[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$shifts,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRot90Op : Torch_GeneratedOp<"aten.rot90", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rot90 : (Tensor, int, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$k,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRoundOp : Torch_GeneratedOp<"aten.round", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::round : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRoundDecimalsOp : Torch_GeneratedOp<"aten.round.decimals", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::round.decimals : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$decimals
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRound_Op : Torch_GeneratedOp<"aten.round_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::round_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRound_DecimalsOp : Torch_GeneratedOp<"aten.round_.decimals", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::round_.decimals : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$decimals
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRreluWithNoiseBackwardOp : Torch_GeneratedOp<"aten.rrelu_with_noise_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rrelu_with_noise_backward : (Tensor, Tensor, Tensor, Scalar, Scalar, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$noise,
    AnyTorchScalarType:$lower,
    AnyTorchScalarType:$upper,
    Torch_BoolType:$training,
    Torch_BoolType:$self_is_result
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRreluWithNoiseFunctionalOp : Torch_GeneratedOp<"aten.rrelu_with_noise_functional", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::rrelu_with_noise_functional : (Tensor, Tensor, Scalar, Scalar, bool, Generator?) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$noise,
    AnyTorchScalarType:$lower,
    AnyTorchScalarType:$upper,
    Torch_BoolType:$training,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$noise_out
  );
}

def Torch_AtenRsqrtOp : Torch_GeneratedOp<"aten.rsqrt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rsqrt : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRsqrt_Op : Torch_GeneratedOp<"aten.rsqrt_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::rsqrt_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRsubScalarOp : Torch_GeneratedOp<"aten.rsub.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rsub.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenRsubTensorOp : Torch_GeneratedOp<"aten.rsub.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::rsub.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScalarTensorOp : Torch_GeneratedOp<"aten.scalar_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scalar_tensor : (Scalar, ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$s,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScaledDotProductAttentionOp : Torch_GeneratedOp<"aten.scaled_dot_product_attention", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::scaled_dot_product_attention : (Tensor, Tensor, Tensor, Tensor?, float, bool, float?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$query,
    AnyTorchTensorType:$key,
    AnyTorchTensorType:$value,
    AnyTorchOptionalTensorType:$attn_mask,
    Torch_FloatType:$dropout_p,
    Torch_BoolType:$is_causal,
    AnyTorchOptionalFloatType:$scale,
    Torch_BoolType:$enable_gqa
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterReduceOp : Torch_GeneratedOp<"aten.scatter.reduce", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scatter.reduce : (Tensor, int, Tensor, Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src,
    Torch_StringType:$reduce
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterSrcOp : Torch_GeneratedOp<"aten.scatter.src", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scatter.src : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterValueOp : Torch_GeneratedOp<"aten.scatter.value", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scatter.value : (Tensor, int, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterValueReduceOp : Torch_GeneratedOp<"aten.scatter.value_reduce", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scatter.value_reduce : (Tensor, int, Tensor, Scalar, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchScalarType:$value,
    Torch_StringType:$reduce
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatter_ReduceOp : Torch_GeneratedOp<"aten.scatter_.reduce", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::scatter_.reduce : (Tensor, int, Tensor, Tensor, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src,
    Torch_StringType:$reduce
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatter_SrcOp : Torch_GeneratedOp<"aten.scatter_.src", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::scatter_.src : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatter_ValueOp : Torch_GeneratedOp<"aten.scatter_.value", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::scatter_.value : (Tensor, int, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatter_ValueReduceOp : Torch_GeneratedOp<"aten.scatter_.value_reduce", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::scatter_.value_reduce : (Tensor, int, Tensor, Scalar, str) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchScalarType:$value,
    Torch_StringType:$reduce
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterAddOp : Torch_GeneratedOp<"aten.scatter_add", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scatter_add : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterAdd_Op : Torch_GeneratedOp<"aten.scatter_add_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::scatter_add_ : (Tensor, int, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterReduceTwoOp : Torch_GeneratedOp<"aten.scatter_reduce.two", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::scatter_reduce.two : (Tensor, int, Tensor, Tensor, str, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src,
    Torch_StringType:$reduce,
    Torch_BoolType:$include_self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenScatterReduce_TwoOp : Torch_GeneratedOp<"aten.scatter_reduce_.two", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::scatter_reduce_.two : (Tensor, int, Tensor, Tensor, str, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchTensorType:$index,
    AnyTorchTensorType:$src,
    Torch_StringType:$reduce,
    Torch_BoolType:$include_self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSearchsortedScalarOp : Torch_GeneratedOp<"aten.searchsorted.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::searchsorted.Scalar : (Tensor, Scalar, bool, bool, str?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$sorted_sequence,
    AnyTorchScalarType:$self,
    Torch_BoolType:$out_int32,
    Torch_BoolType:$right,
    AnyTorchOptionalStringType:$side,
    AnyTorchOptionalTensorType:$sorter
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSearchsortedTensorOp : Torch_GeneratedOp<"aten.searchsorted.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::searchsorted.Tensor : (Tensor, Tensor, bool, bool, str?, Tensor?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$sorted_sequence,
    AnyTorchTensorType:$self,
    Torch_BoolType:$out_int32,
    Torch_BoolType:$right,
    AnyTorchOptionalStringType:$side,
    AnyTorchOptionalTensorType:$sorter
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSegmentReduceOp : Torch_GeneratedOp<"aten.segment_reduce", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::segment_reduce : (Tensor, str, Tensor?, Tensor?, Tensor?, int, bool, Scalar?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$data,
    Torch_StringType:$reduce,
    AnyTorchOptionalTensorType:$lengths,
    AnyTorchOptionalTensorType:$indices,
    AnyTorchOptionalTensorType:$offsets,
    Torch_IntType:$axis,
    Torch_BoolType:$unsafe,
    AnyTorchOptionalScalarType:$initial
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSelectIntOp : Torch_GeneratedOp<"aten.select.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::select.int : (Tensor, int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_IntType:$index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSelectBackwardOp : Torch_GeneratedOp<"aten.select_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::select_backward : (Tensor, SymInt[], int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchListOfTorchIntType:$input_sizes,
    Torch_IntType:$dim,
    Torch_IntType:$index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSelectCopyIntOp : Torch_GeneratedOp<"aten.select_copy.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::select_copy.int : (Tensor, int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_IntType:$index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSelectScatterOp : Torch_GeneratedOp<"aten.select_scatter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::select_scatter : (Tensor, Tensor, int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    Torch_IntType:$dim,
    Torch_IntType:$index
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSeluOp : Torch_GeneratedOp<"aten.selu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::selu : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSelu_Op : Torch_GeneratedOp<"aten.selu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::selu_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSgnOp : Torch_GeneratedOp<"aten.sgn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sgn : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSgn_Op : Torch_GeneratedOp<"aten.sgn_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sgn_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSigmoidOp : Torch_GeneratedOp<"aten.sigmoid", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sigmoid : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSigmoid_Op : Torch_GeneratedOp<"aten.sigmoid_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sigmoid_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSigmoidBackwardOp : Torch_GeneratedOp<"aten.sigmoid_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sigmoid_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$output
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSignOp : Torch_GeneratedOp<"aten.sign", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sign : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSign_Op : Torch_GeneratedOp<"aten.sign_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sign_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSignbitOp : Torch_GeneratedOp<"aten.signbit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::signbit : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSiluOp : Torch_GeneratedOp<"aten.silu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::silu : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSilu_Op : Torch_GeneratedOp<"aten.silu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::silu_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSiluBackwardOp : Torch_GeneratedOp<"aten.silu_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::silu_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSinOp : Torch_GeneratedOp<"aten.sin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sin : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSin_Op : Torch_GeneratedOp<"aten.sin_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sin_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSincOp : Torch_GeneratedOp<"aten.sinc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sinc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSinc_Op : Torch_GeneratedOp<"aten.sinc_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sinc_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSinhOp : Torch_GeneratedOp<"aten.sinh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sinh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSinh_Op : Torch_GeneratedOp<"aten.sinh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sinh_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSizeOp : Torch_GeneratedOp<"aten.size", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::size : (Tensor) -> (int[])`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchListOfTorchIntType:$result
  );
  let hasCanonicalizer = 1;
}

def Torch_AtenSizeIntOp : Torch_GeneratedOp<"aten.size.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::size.int : (Tensor, int) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenSliceTensorOp : Torch_GeneratedOp<"aten.slice.Tensor", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::slice.Tensor : (Tensor, int, SymInt?, SymInt?, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$start,
    AnyTorchOptionalIntType:$end,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSliceTOp : Torch_GeneratedOp<"aten.slice.t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::slice.t : (t[], int?, int?, int) -> (t[])`";
  let arguments = (ins
    AnyTorchListType:$l,
    AnyTorchOptionalIntType:$start,
    AnyTorchOptionalIntType:$end,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenSliceBackwardOp : Torch_GeneratedOp<"aten.slice_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::slice_backward : (Tensor, SymInt[], int, SymInt, SymInt, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchListOfTorchIntType:$input_sizes,
    Torch_IntType:$dim,
    Torch_IntType:$start,
    Torch_IntType:$end,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSliceCopyTensorOp : Torch_GeneratedOp<"aten.slice_copy.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::slice_copy.Tensor : (Tensor, int, SymInt?, SymInt?, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$start,
    AnyTorchOptionalIntType:$end,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSliceScatterOp : Torch_GeneratedOp<"aten.slice_scatter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::slice_scatter : (Tensor, Tensor, int, SymInt?, SymInt?, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$start,
    AnyTorchOptionalIntType:$end,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSlogdetOp : Torch_GeneratedOp<"aten.slogdet", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::slogdet : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$sign,
    AnyTorchTensorType:$logabsdet
  );
}

def Torch_AtenSmoothL1LossOp : Torch_GeneratedOp<"aten.smooth_l1_loss", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::smooth_l1_loss : (Tensor, Tensor, int, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction,
    Torch_FloatType:$beta
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSmoothL1LossBackwardOp : Torch_GeneratedOp<"aten.smooth_l1_loss_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::smooth_l1_loss_backward : (Tensor, Tensor, Tensor, int, float) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction,
    Torch_FloatType:$beta
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSoftMarginLossBackwardOp : Torch_GeneratedOp<"aten.soft_margin_loss_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::soft_margin_loss_backward : (Tensor, Tensor, Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$target,
    Torch_IntType:$reduction
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSoftmaxIntOp : Torch_GeneratedOp<"aten.softmax.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::softmax.int : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSoftplusOp : Torch_GeneratedOp<"aten.softplus", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::softplus : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$threshold
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSoftplusBackwardOp : Torch_GeneratedOp<"aten.softplus_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::softplus_backward : (Tensor, Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$beta,
    AnyTorchScalarType:$threshold
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSoftshrinkOp : Torch_GeneratedOp<"aten.softshrink", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::softshrink : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$lambd
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSoftshrinkBackwardOp : Torch_GeneratedOp<"aten.softshrink_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::softshrink_backward : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$lambd
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSortOp : Torch_GeneratedOp<"aten.sort", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sort : (Tensor, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$descending
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenSortTensorOp : Torch_GeneratedOp<"aten.sort.Tensor", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `aten::sort.Tensor : (Tensor[], bool) -> ()`";
  let arguments = (ins
    AnyTorchListOfTensorType:$self,
    Torch_BoolType:$reverse
  );
  let results = (outs);
}

def Torch_AtenSortStableOp : Torch_GeneratedOp<"aten.sort.stable", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sort.stable : (Tensor, bool?, int, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalBoolType:$stable,
    Torch_IntType:$dim,
    Torch_BoolType:$descending
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenSpecialAiryAiOp : Torch_GeneratedOp<"aten.special_airy_ai", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_airy_ai : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialBesselJ0Op : Torch_GeneratedOp<"aten.special_bessel_j0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_bessel_j0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialBesselJ1Op : Torch_GeneratedOp<"aten.special_bessel_j1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_bessel_j1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialBesselY0Op : Torch_GeneratedOp<"aten.special_bessel_y0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_bessel_y0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialBesselY1Op : Torch_GeneratedOp<"aten.special_bessel_y1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_bessel_y1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialTOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_t : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialTNScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_t.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_t.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialTXScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_t.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_t.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialUOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_u", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_u : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialUNScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_u.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_u.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialUXScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_u.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_u.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialVOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_v", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_v : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialVNScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_v.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_v.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialVXScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_v.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_v.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialWOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_w", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_w : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialWNScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_w.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_w.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialChebyshevPolynomialWXScalarOp : Torch_GeneratedOp<"aten.special_chebyshev_polynomial_w.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_chebyshev_polynomial_w.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialDigammaOp : Torch_GeneratedOp<"aten.special_digamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_digamma : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialEntrOp : Torch_GeneratedOp<"aten.special_entr", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_entr : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialErfOp : Torch_GeneratedOp<"aten.special_erf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_erf : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialErfcOp : Torch_GeneratedOp<"aten.special_erfc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_erfc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialErfcxOp : Torch_GeneratedOp<"aten.special_erfcx", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_erfcx : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialErfinvOp : Torch_GeneratedOp<"aten.special_erfinv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_erfinv : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialExp2Op : Torch_GeneratedOp<"aten.special_exp2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_exp2 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialExpitOp : Torch_GeneratedOp<"aten.special_expit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_expit : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialExpm1Op : Torch_GeneratedOp<"aten.special_expm1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_expm1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialGammaincOp : Torch_GeneratedOp<"aten.special_gammainc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_gammainc : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialGammainccOp : Torch_GeneratedOp<"aten.special_gammaincc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_gammaincc : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialGammalnOp : Torch_GeneratedOp<"aten.special_gammaln", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_gammaln : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialHermitePolynomialHOp : Torch_GeneratedOp<"aten.special_hermite_polynomial_h", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_hermite_polynomial_h : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialHermitePolynomialHNScalarOp : Torch_GeneratedOp<"aten.special_hermite_polynomial_h.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_hermite_polynomial_h.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialHermitePolynomialHXScalarOp : Torch_GeneratedOp<"aten.special_hermite_polynomial_h.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_hermite_polynomial_h.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialHermitePolynomialHeOp : Torch_GeneratedOp<"aten.special_hermite_polynomial_he", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_hermite_polynomial_he : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialHermitePolynomialHeNScalarOp : Torch_GeneratedOp<"aten.special_hermite_polynomial_he.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_hermite_polynomial_he.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialHermitePolynomialHeXScalarOp : Torch_GeneratedOp<"aten.special_hermite_polynomial_he.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_hermite_polynomial_he.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialI0Op : Torch_GeneratedOp<"aten.special_i0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_i0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialI0eOp : Torch_GeneratedOp<"aten.special_i0e", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_i0e : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialI1Op : Torch_GeneratedOp<"aten.special_i1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_i1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialI1eOp : Torch_GeneratedOp<"aten.special_i1e", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_i1e : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLaguerrePolynomialLOp : Torch_GeneratedOp<"aten.special_laguerre_polynomial_l", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_laguerre_polynomial_l : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLaguerrePolynomialLNScalarOp : Torch_GeneratedOp<"aten.special_laguerre_polynomial_l.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_laguerre_polynomial_l.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLaguerrePolynomialLXScalarOp : Torch_GeneratedOp<"aten.special_laguerre_polynomial_l.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_laguerre_polynomial_l.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLegendrePolynomialPOp : Torch_GeneratedOp<"aten.special_legendre_polynomial_p", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_legendre_polynomial_p : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLegendrePolynomialPNScalarOp : Torch_GeneratedOp<"aten.special_legendre_polynomial_p.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_legendre_polynomial_p.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLegendrePolynomialPXScalarOp : Torch_GeneratedOp<"aten.special_legendre_polynomial_p.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_legendre_polynomial_p.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLog1pOp : Torch_GeneratedOp<"aten.special_log1p", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_log1p : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLogNdtrOp : Torch_GeneratedOp<"aten.special_log_ndtr", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_log_ndtr : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLogSoftmaxOp : Torch_GeneratedOp<"aten.special_log_softmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_log_softmax : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLogitOp : Torch_GeneratedOp<"aten.special_logit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_logit : (Tensor, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalFloatType:$eps
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialLogsumexpOp : Torch_GeneratedOp<"aten.special_logsumexp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_logsumexp : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialModifiedBesselI0Op : Torch_GeneratedOp<"aten.special_modified_bessel_i0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_modified_bessel_i0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialModifiedBesselI1Op : Torch_GeneratedOp<"aten.special_modified_bessel_i1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_modified_bessel_i1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialModifiedBesselK0Op : Torch_GeneratedOp<"aten.special_modified_bessel_k0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_modified_bessel_k0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialModifiedBesselK1Op : Torch_GeneratedOp<"aten.special_modified_bessel_k1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_modified_bessel_k1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialMultigammalnOp : Torch_GeneratedOp<"aten.special_multigammaln", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_multigammaln : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$p
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialNdtrOp : Torch_GeneratedOp<"aten.special_ndtr", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_ndtr : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialNdtriOp : Torch_GeneratedOp<"aten.special_ndtri", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_ndtri : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialPolygammaOp : Torch_GeneratedOp<"aten.special_polygamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_polygamma : (int, Tensor) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$n,
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialPsiOp : Torch_GeneratedOp<"aten.special_psi", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_psi : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialRoundOp : Torch_GeneratedOp<"aten.special_round", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_round : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$decimals
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialScaledModifiedBesselK0Op : Torch_GeneratedOp<"aten.special_scaled_modified_bessel_k0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_scaled_modified_bessel_k0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialScaledModifiedBesselK1Op : Torch_GeneratedOp<"aten.special_scaled_modified_bessel_k1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_scaled_modified_bessel_k1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialTOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_t", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_t : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialTNScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_t.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_t.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialTXScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_t.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_t.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialUOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_u", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_u : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialUNScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_u.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_u.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialUXScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_u.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_u.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialVOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_v", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_v : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialVNScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_v.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_v.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialVXScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_v.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_v.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialWOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_w", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_w : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialWNScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_w.n_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_w.n_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x,
    AnyTorchScalarType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialShiftedChebyshevPolynomialWXScalarOp : Torch_GeneratedOp<"aten.special_shifted_chebyshev_polynomial_w.x_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_shifted_chebyshev_polynomial_w.x_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$x,
    AnyTorchTensorType:$n
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialSincOp : Torch_GeneratedOp<"aten.special_sinc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_sinc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialSoftmaxOp : Torch_GeneratedOp<"aten.special_softmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_softmax : (Tensor, int, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialSphericalBesselJ0Op : Torch_GeneratedOp<"aten.special_spherical_bessel_j0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_spherical_bessel_j0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialXlog1pyOp : Torch_GeneratedOp<"aten.special_xlog1py", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_xlog1py : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialXlog1pyOtherScalarOp : Torch_GeneratedOp<"aten.special_xlog1py.other_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_xlog1py.other_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialXlog1pySelfScalarOp : Torch_GeneratedOp<"aten.special_xlog1py.self_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_xlog1py.self_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialXlogyOp : Torch_GeneratedOp<"aten.special_xlogy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_xlogy : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialXlogyOtherScalarOp : Torch_GeneratedOp<"aten.special_xlogy.other_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_xlogy.other_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialXlogySelfScalarOp : Torch_GeneratedOp<"aten.special_xlogy.self_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_xlogy.self_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialZetaOp : Torch_GeneratedOp<"aten.special_zeta", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_zeta : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialZetaOtherScalarOp : Torch_GeneratedOp<"aten.special_zeta.other_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_zeta.other_scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSpecialZetaSelfScalarOp : Torch_GeneratedOp<"aten.special_zeta.self_scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::special_zeta.self_scalar : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSplitOp : Torch_GeneratedOp<"aten.split", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::split : (Tensor, int[], int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$split_sizes,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenSplitTensorOp : Torch_GeneratedOp<"aten.split.Tensor", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::split.Tensor : (Tensor, SymInt, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$split_size,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenSplitSizesOp : Torch_GeneratedOp<"aten.split.sizes", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::split.sizes : (Tensor, SymInt[], int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$split_size,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenSplitCopyTensorOp : Torch_GeneratedOp<"aten.split_copy.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::split_copy.Tensor : (Tensor, SymInt, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$split_size,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenSplitWithSizesOp : Torch_GeneratedOp<"aten.split_with_sizes", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::split_with_sizes : (Tensor, SymInt[], int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$split_sizes,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenSplitWithSizesCopyOp : Torch_GeneratedOp<"aten.split_with_sizes_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::split_with_sizes_copy : (Tensor, SymInt[], int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$split_sizes,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenSqrtOp : Torch_GeneratedOp<"aten.sqrt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sqrt : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqrtScalarOp : Torch_GeneratedOp<"aten.sqrt.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sqrt.Scalar : (Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenSqrtFloatOp : Torch_GeneratedOp<"aten.sqrt.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sqrt.float : (float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenSqrtIntOp : Torch_GeneratedOp<"aten.sqrt.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sqrt.int : (int) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenSqrt_Op : Torch_GeneratedOp<"aten.sqrt_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sqrt_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSquareOp : Torch_GeneratedOp<"aten.square", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::square : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSquare_Op : Torch_GeneratedOp<"aten.square_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::square_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueezeOp : Torch_GeneratedOp<"aten.squeeze", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::squeeze : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueezeDimOp : Torch_GeneratedOp<"aten.squeeze.dim", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::squeeze.dim : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueezeDimsOp : Torch_GeneratedOp<"aten.squeeze.dims", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::squeeze.dims : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueeze_Op : Torch_GeneratedOp<"aten.squeeze_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::squeeze_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueeze_DimOp : Torch_GeneratedOp<"aten.squeeze_.dim", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::squeeze_.dim : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueeze_DimsOp : Torch_GeneratedOp<"aten.squeeze_.dims", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::squeeze_.dims : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueezeCopyOp : Torch_GeneratedOp<"aten.squeeze_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::squeeze_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueezeCopyDimOp : Torch_GeneratedOp<"aten.squeeze_copy.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::squeeze_copy.dim : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSqueezeCopyDimsOp : Torch_GeneratedOp<"aten.squeeze_copy.dims", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::squeeze_copy.dims : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenStackOp : Torch_GeneratedOp<"aten.stack", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::stack : (Tensor[], int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenStdOp : Torch_GeneratedOp<"aten.std", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::std : (Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$unbiased
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenStdCorrectionOp : Torch_GeneratedOp<"aten.std.correction", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::std.correction : (Tensor, int[]?, Scalar?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalScalarType:$correction,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenStdDimOp : Torch_GeneratedOp<"aten.std.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::std.dim : (Tensor, int[]?, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$unbiased,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenStdMeanOp : Torch_GeneratedOp<"aten.std_mean", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::std_mean : (Tensor, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$unbiased
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenStdMeanCorrectionOp : Torch_GeneratedOp<"aten.std_mean.correction", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::std_mean.correction : (Tensor, int[]?, Scalar?, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalScalarType:$correction,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenStdMeanDimOp : Torch_GeneratedOp<"aten.std_mean.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::std_mean.dim : (Tensor, int[]?, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$unbiased,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenStrOp : Torch_GeneratedOp<"aten.str", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::str : (t) -> (str)`";
  let arguments = (ins
    AnyTorchType:$elem
  );
  let results = (outs
    Torch_StringType:$result
  );
}

def Torch_AtenStrideOp : Torch_GeneratedOp<"aten.stride", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::stride : (Tensor) -> (int[])`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchListOfTorchIntType:$result
  );
}

def Torch_AtenStrideIntOp : Torch_GeneratedOp<"aten.stride.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::stride.int : (Tensor, int) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenSubOp : Torch_GeneratedOp<"aten.sub", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_AtenSubScalarOp : Torch_GeneratedOp<"aten.sub.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSubTensorOp : Torch_GeneratedOp<"aten.sub.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSubFloatOp : Torch_GeneratedOp<"aten.sub.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenSubFloatIntOp : Torch_GeneratedOp<"aten.sub.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenSubIntOp : Torch_GeneratedOp<"aten.sub.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
  let hasFolder = 1;
}

def Torch_AtenSubIntFloatOp : Torch_GeneratedOp<"aten.sub.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sub.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenSub_ScalarOp : Torch_GeneratedOp<"aten.sub_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sub_.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSub_TensorOp : Torch_GeneratedOp<"aten.sub_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::sub_.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSubtractScalarOp : Torch_GeneratedOp<"aten.subtract.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::subtract.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSubtractTensorOp : Torch_GeneratedOp<"aten.subtract.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::subtract.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSubtract_ScalarOp : Torch_GeneratedOp<"aten.subtract_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::subtract_.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSubtract_TensorOp : Torch_GeneratedOp<"aten.subtract_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::subtract_.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchScalarType:$alpha
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSumOp : Torch_GeneratedOp<"aten.sum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sum : (Tensor, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSumBoolOp : Torch_GeneratedOp<"aten.sum.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sum.bool : (bool[]) -> (int)`";
  let arguments = (ins
    AnyTorchListOfTorchBoolType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenSumDimIntListOp : Torch_GeneratedOp<"aten.sum.dim_IntList", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sum.dim_IntList : (Tensor, int[]?, bool, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$keepdim,
    AnyTorchOptionalIntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenSumFloatOp : Torch_GeneratedOp<"aten.sum.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sum.float : (float[]) -> (float)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$self
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_AtenSumIntOp : Torch_GeneratedOp<"aten.sum.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sum.int : (int[]) -> (int)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenSymConstrainRangeOp : Torch_GeneratedOp<"aten.sym_constrain_range", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::sym_constrain_range : (Scalar, int?, int?) -> ()`";
  let arguments = (ins
    AnyTorchScalarType:$size,
    AnyTorchOptionalIntType:$min,
    AnyTorchOptionalIntType:$max
  );
  let results = (outs);
}

def Torch_AtenSymConstrainRangeForSizeOp : Torch_GeneratedOp<"aten.sym_constrain_range_for_size", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::sym_constrain_range_for_size : (Scalar, int?, int?) -> ()`";
  let arguments = (ins
    AnyTorchScalarType:$size,
    AnyTorchOptionalIntType:$min,
    AnyTorchOptionalIntType:$max
  );
  let results = (outs);
}

def Torch_AtenSymIsContiguousOp : Torch_GeneratedOp<"aten.sym_is_contiguous", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_is_contiguous : (Tensor, MemoryFormat) -> (SymBool)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$memory_format
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_AtenSymNumelOp : Torch_GeneratedOp<"aten.sym_numel", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_numel : (Tensor) -> (SymInt)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenSymSizeOp : Torch_GeneratedOp<"aten.sym_size", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_size : (Tensor) -> (SymInt[])`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchListOfTorchIntType:$result
  );
}

def Torch_AtenSymSizeIntOp : Torch_GeneratedOp<"aten.sym_size.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_size.int : (Tensor, int) -> (SymInt)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenSymStorageOffsetOp : Torch_GeneratedOp<"aten.sym_storage_offset", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_storage_offset : (Tensor) -> (SymInt)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenSymStrideOp : Torch_GeneratedOp<"aten.sym_stride", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_stride : (Tensor) -> (SymInt[])`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchListOfTorchIntType:$result
  );
}

def Torch_AtenSymStrideIntOp : Torch_GeneratedOp<"aten.sym_stride.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::sym_stride.int : (Tensor, int) -> (SymInt)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_AtenTOp : Torch_GeneratedOp<"aten.t", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::t : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenT_Op : Torch_GeneratedOp<"aten.t_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::t_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTCopyOp : Torch_GeneratedOp<"aten.t_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::t_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTakeAlongDimOp : Torch_GeneratedOp<"aten.take_along_dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::take_along_dim : (Tensor, Tensor, int?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$indices,
    AnyTorchOptionalIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTanOp : Torch_GeneratedOp<"aten.tan", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tan : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTan_Op : Torch_GeneratedOp<"aten.tan_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::tan_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTanhOp : Torch_GeneratedOp<"aten.tanh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tanh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTanh_Op : Torch_GeneratedOp<"aten.tanh_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::tanh_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTanhBackwardOp : Torch_GeneratedOp<"aten.tanh_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tanh_backward : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$output
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTensorOp : Torch_GeneratedOp<"aten.tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tensor : (t[], ScalarType?, Device?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListType:$data,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTensorBoolOp : Torch_GeneratedOp<"aten.tensor.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tensor.bool : (bool, ScalarType?, Device?, bool) -> (Tensor)`";
  let arguments = (ins
    Torch_BoolType:$t,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTensorFloatOp : Torch_GeneratedOp<"aten.tensor.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tensor.float : (float, ScalarType?, Device?, bool) -> (Tensor)`";
  let arguments = (ins
    Torch_FloatType:$t,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTensorIntOp : Torch_GeneratedOp<"aten.tensor.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tensor.int : (int, ScalarType?, Device?, bool) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$t,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTensorSplitIndicesOp : Torch_GeneratedOp<"aten.tensor_split.indices", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::tensor_split.indices : (Tensor, SymInt[], int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$indices,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenTensorSplitSectionsOp : Torch_GeneratedOp<"aten.tensor_split.sections", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::tensor_split.sections : (Tensor, SymInt, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$sections,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenTensorSplitTensorIndicesOrSectionsOp : Torch_GeneratedOp<"aten.tensor_split.tensor_indices_or_sections", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::tensor_split.tensor_indices_or_sections : (Tensor, Tensor, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$tensor_indices_or_sections,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenTensordotOp : Torch_GeneratedOp<"aten.tensordot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tensordot : (Tensor, Tensor, int[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    AnyTorchListOfTorchIntType:$dims_self,
    AnyTorchListOfTorchIntType:$dims_other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenThresholdOp : Torch_GeneratedOp<"aten.threshold", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::threshold : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$threshold,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenThreshold_Op : Torch_GeneratedOp<"aten.threshold_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::threshold_ : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$threshold,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenThresholdBackwardOp : Torch_GeneratedOp<"aten.threshold_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::threshold_backward : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$threshold
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTileOp : Torch_GeneratedOp<"aten.tile", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tile : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToDeviceOp : Torch_GeneratedOp<"aten.to.device", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.device : (Tensor, Device, ScalarType, bool, bool, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_DeviceType:$device,
    Torch_IntType:$dtype,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToDtypeOp : Torch_GeneratedOp<"aten.to.dtype", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.dtype : (Tensor, ScalarType, bool, bool, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dtype,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToDtypeLayoutOp : Torch_GeneratedOp<"aten.to.dtype_layout", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.dtype_layout : (Tensor, ScalarType?, Layout?, Device?, bool?, bool, bool, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToOtherOp : Torch_GeneratedOp<"aten.to.other", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.other : (Tensor, Tensor, bool, bool, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToPrimDeviceOp : Torch_GeneratedOp<"aten.to.prim_Device", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.prim_Device : (Tensor, Device?, int?, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalIntType:$dtype,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToPrimDtypeOp : Torch_GeneratedOp<"aten.to.prim_dtype", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.prim_dtype : (Tensor, int?, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenToPrimOtherOp : Torch_GeneratedOp<"aten.to.prim_other", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::to.prim_other : (Tensor, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$non_blocking,
    Torch_BoolType:$copy
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTopkOp : Torch_GeneratedOp<"aten.topk", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::topk : (Tensor, SymInt, int, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$k,
    Torch_IntType:$dim,
    Torch_BoolType:$largest,
    Torch_BoolType:$sorted
  );
  let results = (outs
    AnyTorchTensorType:$values,
    AnyTorchTensorType:$indices
  );
}

def Torch_AtenTraceOp : Torch_GeneratedOp<"aten.trace", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::trace : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTransposeIntOp : Torch_GeneratedOp<"aten.transpose.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::transpose.int : (Tensor, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim0,
    Torch_IntType:$dim1
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTransposeCopyIntOp : Torch_GeneratedOp<"aten.transpose_copy.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::transpose_copy.int : (Tensor, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim0,
    Torch_IntType:$dim1
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTriangularSolveOp : Torch_GeneratedOp<"aten.triangular_solve", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::triangular_solve : (Tensor, Tensor, bool, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$a,
    Torch_BoolType:$upper,
    Torch_BoolType:$transpose,
    Torch_BoolType:$unitriangular
  );
  let results = (outs
    AnyTorchTensorType:$solution,
    AnyTorchTensorType:$cloned_coefficient
  );
}

def Torch_AtenTrilOp : Torch_GeneratedOp<"aten.tril", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::tril : (Tensor, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$diagonal
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTril_Op : Torch_GeneratedOp<"aten.tril_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::tril_ : (Tensor, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$diagonal
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTriuOp : Torch_GeneratedOp<"aten.triu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::triu : (Tensor, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$diagonal
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTriu_Op : Torch_GeneratedOp<"aten.triu_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::triu_ : (Tensor, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$diagonal
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTrueDivideScalarOp : Torch_GeneratedOp<"aten.true_divide.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::true_divide.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTrueDivideTensorOp : Torch_GeneratedOp<"aten.true_divide.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::true_divide.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTrueDivide_ScalarOp : Torch_GeneratedOp<"aten.true_divide_.Scalar", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::true_divide_.Scalar : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTrueDivide_TensorOp : Torch_GeneratedOp<"aten.true_divide_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::true_divide_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTruncOp : Torch_GeneratedOp<"aten.trunc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::trunc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTrunc_Op : Torch_GeneratedOp<"aten.trunc_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::trunc_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenTypeAsOp : Torch_GeneratedOp<"aten.type_as", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::type_as : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUnbindIntOp : Torch_GeneratedOp<"aten.unbind.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::unbind.int : (Tensor, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenUnbindCopyIntOp : Torch_GeneratedOp<"aten.unbind_copy.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unbind_copy.int : (Tensor, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenUnflattenIntOp : Torch_GeneratedOp<"aten.unflatten.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::unflatten.int : (Tensor, int, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    AnyTorchListOfTorchIntType:$sizes
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUnfoldOp : Torch_GeneratedOp<"aten.unfold", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::unfold : (Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dimension,
    Torch_IntType:$size,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUnfoldBackwardOp : Torch_GeneratedOp<"aten.unfold_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unfold_backward : (Tensor, SymInt[], int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_in,
    AnyTorchListOfTorchIntType:$input_sizes,
    Torch_IntType:$dim,
    Torch_IntType:$size,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUnfoldCopyOp : Torch_GeneratedOp<"aten.unfold_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unfold_copy : (Tensor, int, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dimension,
    Torch_IntType:$size,
    Torch_IntType:$step
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUniformOp : Torch_GeneratedOp<"aten.uniform", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::uniform : (Tensor, float, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$from_value,
    Torch_FloatType:$to,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUniform_Op : Torch_GeneratedOp<"aten.uniform_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::uniform_ : (Tensor, float, float, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_FloatType:$from_value,
    Torch_FloatType:$to,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUniqueConsecutiveOp : Torch_GeneratedOp<"aten.unique_consecutive", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unique_consecutive : (Tensor, bool, bool, int?) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$return_inverse,
    Torch_BoolType:$return_counts,
    AnyTorchOptionalIntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenUniqueDimOp : Torch_GeneratedOp<"aten.unique_dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unique_dim : (Tensor, int, bool, bool, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim,
    Torch_BoolType:$sorted,
    Torch_BoolType:$return_inverse,
    Torch_BoolType:$return_counts
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1,
    AnyTorchTensorType:$result2
  );
}

def Torch_AtenUnsafeChunkOp : Torch_GeneratedOp<"aten.unsafe_chunk", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unsafe_chunk : (Tensor, int, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$chunks,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenUnsafeSplitTensorOp : Torch_GeneratedOp<"aten.unsafe_split.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unsafe_split.Tensor : (Tensor, SymInt, int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$split_size,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenUnsafeSplitWithSizesOp : Torch_GeneratedOp<"aten.unsafe_split_with_sizes", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unsafe_split_with_sizes : (Tensor, SymInt[], int) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$split_sizes,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenUnsqueezeOp : Torch_GeneratedOp<"aten.unsqueeze", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::unsqueeze : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUnsqueeze_Op : Torch_GeneratedOp<"aten.unsqueeze_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::unsqueeze_ : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUnsqueezeCopyOp : Torch_GeneratedOp<"aten.unsqueeze_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::unsqueeze_copy : (Tensor, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleBicubic2dOp : Torch_GeneratedOp<"aten.upsample_bicubic2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_bicubic2d : (Tensor, SymInt[], bool, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleBicubic2dVecOp : Torch_GeneratedOp<"aten.upsample_bicubic2d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_bicubic2d.vec : (Tensor, SymInt[]?, bool, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleBilinear2dOp : Torch_GeneratedOp<"aten.upsample_bilinear2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_bilinear2d : (Tensor, SymInt[], bool, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleBilinear2dVecOp : Torch_GeneratedOp<"aten.upsample_bilinear2d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_bilinear2d.vec : (Tensor, SymInt[]?, bool, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleBilinear2dBackwardOp : Torch_GeneratedOp<"aten.upsample_bilinear2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_bilinear2d_backward : (Tensor, SymInt[], SymInt[], bool, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchListOfTorchIntType:$input_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleLinear1dOp : Torch_GeneratedOp<"aten.upsample_linear1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_linear1d : (Tensor, SymInt[], bool, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalFloatType:$scales
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleLinear1dVecOp : Torch_GeneratedOp<"aten.upsample_linear1d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_linear1d.vec : (Tensor, SymInt[]?, bool, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest1dOp : Torch_GeneratedOp<"aten.upsample_nearest1d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest1d : (Tensor, SymInt[], float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchOptionalFloatType:$scales
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest1dVecOp : Torch_GeneratedOp<"aten.upsample_nearest1d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest1d.vec : (Tensor, SymInt[]?, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest2dOp : Torch_GeneratedOp<"aten.upsample_nearest2d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest2d : (Tensor, SymInt[], float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest2dVecOp : Torch_GeneratedOp<"aten.upsample_nearest2d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest2d.vec : (Tensor, SymInt[]?, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest2dBackwardOp : Torch_GeneratedOp<"aten.upsample_nearest2d_backward", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest2d_backward : (Tensor, SymInt[], SymInt[], float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$grad_output,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchListOfTorchIntType:$input_size,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest3dOp : Torch_GeneratedOp<"aten.upsample_nearest3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest3d : (Tensor, SymInt[], float?, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    AnyTorchOptionalFloatType:$scales_d,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleNearest3dVecOp : Torch_GeneratedOp<"aten.upsample_nearest3d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_nearest3d.vec : (Tensor, SymInt[]?, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleTrilinear3dOp : Torch_GeneratedOp<"aten.upsample_trilinear3d", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_trilinear3d : (Tensor, SymInt[], bool, float?, float?, float?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalFloatType:$scales_d,
    AnyTorchOptionalFloatType:$scales_h,
    AnyTorchOptionalFloatType:$scales_w
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenUpsampleTrilinear3dVecOp : Torch_GeneratedOp<"aten.upsample_trilinear3d.vec", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::upsample_trilinear3d.vec : (Tensor, SymInt[]?, bool, float[]?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchOptionalListOfTorchIntType:$output_size,
    Torch_BoolType:$align_corners,
    AnyTorchOptionalListOfTorchFloatType:$scale_factors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenValuesIntOp : Torch_GeneratedOp<"aten.values.int", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::values.int : (Dict(int, t)) -> (t[])`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenValuesStrOp : Torch_GeneratedOp<"aten.values.str", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::values.str : (Dict(str, t)) -> (t[])`";
  let arguments = (ins
    AnyTorchDictType:$self
  );
  let results = (outs
    AnyTorchListType:$result
  );
}

def Torch_AtenVarOp : Torch_GeneratedOp<"aten.var", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::var : (Tensor, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$unbiased
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenVarCorrectionOp : Torch_GeneratedOp<"aten.var.correction", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::var.correction : (Tensor, int[]?, Scalar?, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalScalarType:$correction,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenVarDimOp : Torch_GeneratedOp<"aten.var.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::var.dim : (Tensor, int[]?, bool, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$unbiased,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenVarMeanOp : Torch_GeneratedOp<"aten.var_mean", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::var_mean : (Tensor, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_BoolType:$unbiased
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenVarMeanCorrectionOp : Torch_GeneratedOp<"aten.var_mean.correction", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::var_mean.correction : (Tensor, int[]?, Scalar?, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    AnyTorchOptionalScalarType:$correction,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenVarMeanDimOp : Torch_GeneratedOp<"aten.var_mean.dim", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::var_mean.dim : (Tensor, int[]?, bool, bool) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalListOfTorchIntType:$dim,
    Torch_BoolType:$unbiased,
    Torch_BoolType:$keepdim
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_AtenViewOp : Torch_GeneratedOp<"aten.view", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::view : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewDtypeOp : Torch_GeneratedOp<"aten.view.dtype", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::view.dtype : (Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewAsOp : Torch_GeneratedOp<"aten.view_as", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::view_as : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewAsComplexOp : Torch_GeneratedOp<"aten.view_as_complex", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::view_as_complex : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewAsComplexCopyOp : Torch_GeneratedOp<"aten.view_as_complex_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::view_as_complex_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewAsRealOp : Torch_GeneratedOp<"aten.view_as_real", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::view_as_real : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewAsRealCopyOp : Torch_GeneratedOp<"aten.view_as_real_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::view_as_real_copy : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewCopyOp : Torch_GeneratedOp<"aten.view_copy", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::view_copy : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenViewCopyDtypeOp : Torch_GeneratedOp<"aten.view_copy.dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::view_copy.dtype : (Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenVstackOp : Torch_GeneratedOp<"aten.vstack", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::vstack : (Tensor[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenWarnOp : Torch_GeneratedOp<"aten.warn", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `aten::warn : (str, int) -> ()`";
  let arguments = (ins
    Torch_StringType:$message,
    Torch_IntType:$stacklevel
  );
  let results = (outs);
}

def Torch_AtenWhereOp : Torch_GeneratedOp<"aten.where", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::where : (Tensor) -> (Tensor[])`";
  let arguments = (ins
    AnyTorchTensorType:$condition
  );
  let results = (outs
    AnyTorchListOfTensorType:$result
  );
}

def Torch_AtenWhereScalarOp : Torch_GeneratedOp<"aten.where.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::where.Scalar : (Tensor, Scalar, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$condition,
    AnyTorchScalarType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenWhereScalarOtherOp : Torch_GeneratedOp<"aten.where.ScalarOther", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::where.ScalarOther : (Tensor, Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$condition,
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenWhereScalarSelfOp : Torch_GeneratedOp<"aten.where.ScalarSelf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::where.ScalarSelf : (Tensor, Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$condition,
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenWhereSelfOp : Torch_GeneratedOp<"aten.where.self", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::where.self : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$condition,
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenXlogyScalarOtherOp : Torch_GeneratedOp<"aten.xlogy.Scalar_Other", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::xlogy.Scalar_Other : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenXlogyScalarSelfOp : Torch_GeneratedOp<"aten.xlogy.Scalar_Self", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::xlogy.Scalar_Self : (Scalar, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenXlogyTensorOp : Torch_GeneratedOp<"aten.xlogy.Tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::xlogy.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenXlogy_ScalarOtherOp : Torch_GeneratedOp<"aten.xlogy_.Scalar_Other", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::xlogy_.Scalar_Other : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenXlogy_TensorOp : Torch_GeneratedOp<"aten.xlogy_.Tensor", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::xlogy_.Tensor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenZeroOp : Torch_GeneratedOp<"aten.zero", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::zero : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenZero_Op : Torch_GeneratedOp<"aten.zero_", [
    AllowsTypeRefinement,
    IsTrailingUnderscoreInplaceVariant
  ]> {
  let summary = "Generated op for `aten::zero_ : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenZerosOp : Torch_GeneratedOp<"aten.zeros", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::zeros : (SymInt[], ScalarType?, Layout?, Device?, bool?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$size,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_AtenZerosLikeOp : Torch_GeneratedOp<"aten.zeros_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `aten::zeros_like : (Tensor, ScalarType?, Layout?, Device?, bool?, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalIntType:$layout,
    AnyTorchOptionalDeviceType:$device,
    AnyTorchOptionalBoolType:$pin_memory,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

//===----------------------------------------------------------------------===//
// prim::
//===----------------------------------------------------------------------===//

def Torch_PrimIfThenElseOp : Torch_GeneratedOp<"prim.IfThenElse", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prim::IfThenElse : (bool, Any, Any) -> (Any)`";
  let arguments = (ins
    Torch_BoolType:$cond,
    AnyTorchType:$x,
    AnyTorchType:$y
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_PrimNumToTensorScalarOp : Torch_GeneratedOp<"prim.NumToTensor.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::NumToTensor.Scalar : (Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimNumToTensorBoolOp : Torch_GeneratedOp<"prim.NumToTensor.bool", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::NumToTensor.bool : (bool) -> (Tensor)`";
  let arguments = (ins
    Torch_BoolType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimPrintOp : Torch_GeneratedOp<"prim.Print", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `prim::Print : (...) -> ()`";
  let arguments = (ins
    Variadic<AnyTorchType>:$varargs
  );
  let results = (outs);
}

def Torch_PrimRaiseExceptionOp : Torch_GeneratedOp<"prim.RaiseException", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `prim::RaiseException : (str, str?) -> ()`";
  let arguments = (ins
    Torch_StringType:$msg,
    AnyTorchOptionalStringType:$cls
  );
  let results = (outs);
}

def Torch_PrimUninitializedOp : Torch_GeneratedOp<"prim.Uninitialized", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::Uninitialized : () -> (Any)`";
  let arguments = (ins);
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_PrimAbsOp : Torch_GeneratedOp<"prim.abs", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::abs : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$x
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimAbsScalarOp : Torch_GeneratedOp<"prim.abs.Scalar", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::abs.Scalar : (Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_PrimAbsFloatOp : Torch_GeneratedOp<"prim.abs.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::abs.float : (float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimAbsIntOp : Torch_GeneratedOp<"prim.abs.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::abs.int : (int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimDataOp : Torch_GeneratedOp<"prim.data", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prim::data : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimDeviceOp : Torch_GeneratedOp<"prim.device", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::device : (Tensor) -> (Device)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_DeviceType:$result
  );
}

def Torch_PrimDtypeOp : Torch_GeneratedOp<"prim.dtype", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::dtype : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimIndexOp : Torch_GeneratedOp<"prim.index", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::index : (Device) -> (int?)`";
  let arguments = (ins
    Torch_DeviceType:$self
  );
  let results = (outs
    AnyTorchOptionalIntType:$result
  );
}

def Torch_PrimIsCpuOp : Torch_GeneratedOp<"prim.is_cpu", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::is_cpu : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_PrimIsCudaOp : Torch_GeneratedOp<"prim.is_cuda", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::is_cuda : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_PrimIsNestedOp : Torch_GeneratedOp<"prim.is_nested", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::is_nested : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_PrimIsQuantizedOp : Torch_GeneratedOp<"prim.is_quantized", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::is_quantized : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_PrimItemsizeOp : Torch_GeneratedOp<"prim.itemsize", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::itemsize : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimLayoutOp : Torch_GeneratedOp<"prim.layout", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::layout : (Tensor) -> (Layout)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimMaxOp : Torch_GeneratedOp<"prim.max", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_PrimMaxFloatOp : Torch_GeneratedOp<"prim.max.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMaxFloatIntOp : Torch_GeneratedOp<"prim.max.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMaxIntOp : Torch_GeneratedOp<"prim.max.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimMaxIntFloatOp : Torch_GeneratedOp<"prim.max.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMaxSelfFloatOp : Torch_GeneratedOp<"prim.max.self_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max.self_float : (float[]) -> (float)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$self
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMaxSelfIntOp : Torch_GeneratedOp<"prim.max.self_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::max.self_int : (int[]) -> (int)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimMinOp : Torch_GeneratedOp<"prim.min", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min : (Scalar, Scalar) -> (Scalar)`";
  let arguments = (ins
    AnyTorchScalarType:$a,
    AnyTorchScalarType:$b
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_PrimMinFloatOp : Torch_GeneratedOp<"prim.min.float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min.float : (float, float) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMinFloatIntOp : Torch_GeneratedOp<"prim.min.float_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min.float_int : (float, int) -> (float)`";
  let arguments = (ins
    Torch_FloatType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMinIntOp : Torch_GeneratedOp<"prim.min.int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min.int : (int, int) -> (int)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_IntType:$b
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimMinIntFloatOp : Torch_GeneratedOp<"prim.min.int_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min.int_float : (int, float) -> (float)`";
  let arguments = (ins
    Torch_IntType:$a,
    Torch_FloatType:$b
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMinSelfFloatOp : Torch_GeneratedOp<"prim.min.self_float", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min.self_float : (float[]) -> (float)`";
  let arguments = (ins
    AnyTorchListOfTorchFloatType:$self
  );
  let results = (outs
    Torch_FloatType:$result
  );
}

def Torch_PrimMinSelfIntOp : Torch_GeneratedOp<"prim.min.self_int", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::min.self_int : (int[]) -> (int)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$self
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimNbytesOp : Torch_GeneratedOp<"prim.nbytes", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::nbytes : (Tensor) -> (int)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_IntType:$result
  );
}

def Torch_PrimRequiresGradOp : Torch_GeneratedOp<"prim.requires_grad", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::requires_grad : (Tensor) -> (bool)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    Torch_BoolType:$result
  );
}

def Torch_PrimTypeOp : Torch_GeneratedOp<"prim.type", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prim::type : (Device) -> (str)`";
  let arguments = (ins
    Torch_DeviceType:$self
  );
  let results = (outs
    Torch_StringType:$result
  );
}

def Torch_PrimUncheckedCastOp : Torch_GeneratedOp<"prim.unchecked_cast", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prim::unchecked_cast : (t) -> (t)`";
  let arguments = (ins
    AnyTorchType:$x
  );
  let results = (outs
    AnyTorchType:$result
  );
}

def Torch_PrimUncheckedUnwrapOptionalOp : Torch_GeneratedOp<"prim.unchecked_unwrap_optional", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prim::unchecked_unwrap_optional : (t?) -> (t)`";
  let arguments = (ins
    AnyTorchType:$optional
  );
  let results = (outs
    AnyTorchType:$result
  );
}

//===----------------------------------------------------------------------===//
// prims::
//===----------------------------------------------------------------------===//

def Torch_PrimsAbsOp : Torch_GeneratedOp<"prims.abs", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::abs : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAcosOp : Torch_GeneratedOp<"prims.acos", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::acos : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAcoshOp : Torch_GeneratedOp<"prims.acosh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::acosh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAddOp : Torch_GeneratedOp<"prims.add", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::add : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAmaxOp : Torch_GeneratedOp<"prims.amax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::amax : (Tensor, int[]?, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$inp,
    AnyTorchOptionalListOfTorchIntType:$dims,
    AnyTorchOptionalIntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAminOp : Torch_GeneratedOp<"prims.amin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::amin : (Tensor, int[]?, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$inp,
    AnyTorchOptionalListOfTorchIntType:$dims,
    AnyTorchOptionalIntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAsStridedOp : Torch_GeneratedOp<"prims.as_strided", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `prims::as_strided : (Tensor, SymInt[], SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    Torch_IntType:$storage_offset
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAsStridedScatterOp : Torch_GeneratedOp<"prims.as_strided_scatter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::as_strided_scatter : (Tensor, Tensor, SymInt[], SymInt[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$src,
    AnyTorchListOfTorchIntType:$size,
    AnyTorchListOfTorchIntType:$stride,
    Torch_IntType:$storage_offset
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAsinOp : Torch_GeneratedOp<"prims.asin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::asin : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAsinhOp : Torch_GeneratedOp<"prims.asinh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::asinh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAtanOp : Torch_GeneratedOp<"prims.atan", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::atan : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAtan2Op : Torch_GeneratedOp<"prims.atan2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::atan2 : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsAtanhOp : Torch_GeneratedOp<"prims.atanh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::atanh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBesselI0Op : Torch_GeneratedOp<"prims.bessel_i0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bessel_i0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBesselI0eOp : Torch_GeneratedOp<"prims.bessel_i0e", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bessel_i0e : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBesselI1Op : Torch_GeneratedOp<"prims.bessel_i1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bessel_i1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBesselI1eOp : Torch_GeneratedOp<"prims.bessel_i1e", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bessel_i1e : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBesselJ0Op : Torch_GeneratedOp<"prims.bessel_j0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bessel_j0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBesselJ1Op : Torch_GeneratedOp<"prims.bessel_j1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bessel_j1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBitwiseAndOp : Torch_GeneratedOp<"prims.bitwise_and", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bitwise_and : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBitwiseNotOp : Torch_GeneratedOp<"prims.bitwise_not", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bitwise_not : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBitwiseOrOp : Torch_GeneratedOp<"prims.bitwise_or", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bitwise_or : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBitwiseXorOp : Torch_GeneratedOp<"prims.bitwise_xor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::bitwise_xor : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsBroadcastInDimOp : Torch_GeneratedOp<"prims.broadcast_in_dim", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::broadcast_in_dim : (Tensor, SymInt[], int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$shape,
    AnyTorchListOfTorchIntType:$broadcast_dimensions
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCatOp : Torch_GeneratedOp<"prims.cat", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::cat : (Tensor[], int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTensorType:$tensors,
    Torch_IntType:$dim
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCbrtOp : Torch_GeneratedOp<"prims.cbrt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::cbrt : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCeilOp : Torch_GeneratedOp<"prims.ceil", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::ceil : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCloneOp : Torch_GeneratedOp<"prims.clone", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::clone : (Tensor, MemoryFormat?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchOptionalIntType:$memory_format
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCollapseOp : Torch_GeneratedOp<"prims.collapse", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::collapse : (Tensor, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_IntType:$start,
    Torch_IntType:$end
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCollapseViewOp : Torch_GeneratedOp<"prims.collapse_view", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::collapse_view : (Tensor, int, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_IntType:$start,
    Torch_IntType:$end
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsConjOp : Torch_GeneratedOp<"prims.conj", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::conj : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsConjPhysicalOp : Torch_GeneratedOp<"prims.conj_physical", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::conj_physical : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsConvertElementTypeOp : Torch_GeneratedOp<"prims.convert_element_type", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::convert_element_type : (Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCopyStridedOp : Torch_GeneratedOp<"prims.copy_strided", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::copy_strided : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$stride
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCopyToOp : Torch_GeneratedOp<"prims.copy_to", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `prims::copy_to : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchTensorType:$b
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCosOp : Torch_GeneratedOp<"prims.cos", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::cos : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsCoshOp : Torch_GeneratedOp<"prims.cosh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::cosh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsDevicePutOp : Torch_GeneratedOp<"prims.device_put", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::device_put : (Tensor, Device, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_DeviceType:$device,
    Torch_BoolType:$non_blocking
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsDigammaOp : Torch_GeneratedOp<"prims.digamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::digamma : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsDivOp : Torch_GeneratedOp<"prims.div", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::div : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsEmptyOp : Torch_GeneratedOp<"prims.empty", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::empty : (SymInt[], ScalarType, Device, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$shape,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsEmptyPermutedOp : Torch_GeneratedOp<"prims.empty_permuted", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::empty_permuted : (SymInt[], int[], ScalarType, Device, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$shape,
    AnyTorchListOfTorchIntType:$physical_layout,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsEmptyStridedOp : Torch_GeneratedOp<"prims.empty_strided", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::empty_strided : (SymInt[], SymInt[], ScalarType, Device, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$shape,
    AnyTorchListOfTorchIntType:$strides,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsEqOp : Torch_GeneratedOp<"prims.eq", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::eq : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsErfOp : Torch_GeneratedOp<"prims.erf", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::erf : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsErfInvOp : Torch_GeneratedOp<"prims.erf_inv", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::erf_inv : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsErfcOp : Torch_GeneratedOp<"prims.erfc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::erfc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsErfcxOp : Torch_GeneratedOp<"prims.erfcx", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::erfcx : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsExpOp : Torch_GeneratedOp<"prims.exp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::exp : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsExp2Op : Torch_GeneratedOp<"prims.exp2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::exp2 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsExpm1Op : Torch_GeneratedOp<"prims.expm1", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::expm1 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFftC2cOp : Torch_GeneratedOp<"prims.fft_c2c", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fft_c2c : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$forward
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFftC2rOp : Torch_GeneratedOp<"prims.fft_c2r", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fft_c2r : (Tensor, int[], SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_IntType:$last_dim_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFftR2cOp : Torch_GeneratedOp<"prims.fft_r2c", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fft_r2c : (Tensor, int[], bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchListOfTorchIntType:$dim,
    Torch_BoolType:$onesided
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFillOp : Torch_GeneratedOp<"prims.fill", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fill : (Tensor, Scalar) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchScalarType:$value
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFloorOp : Torch_GeneratedOp<"prims.floor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::floor : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFmaxOp : Torch_GeneratedOp<"prims.fmax", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fmax : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFminOp : Torch_GeneratedOp<"prims.fmin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fmin : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFmodOp : Torch_GeneratedOp<"prims.fmod", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::fmod : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFrexpOp : Torch_GeneratedOp<"prims.frexp", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::frexp : (Tensor) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$mantissa,
    AnyTorchTensorType:$exponent
  );
}

def Torch_PrimsFullOp : Torch_GeneratedOp<"prims.full", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::full : (SymInt[], Scalar, ScalarType, Device, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$shape,
    AnyTorchScalarType:$fill_value,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsFullLikeOp : Torch_GeneratedOp<"prims.full_like", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::full_like : (Tensor, Scalar, ScalarType, Device, bool) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchScalarType:$fill_value,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsGcdOp : Torch_GeneratedOp<"prims.gcd", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::gcd : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsGeOp : Torch_GeneratedOp<"prims.ge", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::ge : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsGtOp : Torch_GeneratedOp<"prims.gt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::gt : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsHypotOp : Torch_GeneratedOp<"prims.hypot", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::hypot : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsIgammaOp : Torch_GeneratedOp<"prims.igamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::igamma : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsIgammacOp : Torch_GeneratedOp<"prims.igammac", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::igammac : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsImagOp : Torch_GeneratedOp<"prims.imag", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::imag : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsIotaOp : Torch_GeneratedOp<"prims.iota", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::iota : (SymInt, SymInt, SymInt, ScalarType, Device, bool) -> (Tensor)`";
  let arguments = (ins
    Torch_IntType:$length,
    Torch_IntType:$start,
    Torch_IntType:$step,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsIsfiniteOp : Torch_GeneratedOp<"prims.isfinite", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::isfinite : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsItemOp : Torch_GeneratedOp<"prims.item", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::item : (Tensor) -> (Scalar)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_PrimsLeOp : Torch_GeneratedOp<"prims.le", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::le : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsLgammaOp : Torch_GeneratedOp<"prims.lgamma", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::lgamma : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsLogOp : Torch_GeneratedOp<"prims.log", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::log : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsLog10Op : Torch_GeneratedOp<"prims.log10", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::log10 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsLog1pOp : Torch_GeneratedOp<"prims.log1p", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::log1p : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsLog2Op : Torch_GeneratedOp<"prims.log2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::log2 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsLtOp : Torch_GeneratedOp<"prims.lt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::lt : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsMaximumOp : Torch_GeneratedOp<"prims.maximum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::maximum : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsMaximumValueOp : Torch_GeneratedOp<"prims.maximum_value", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::maximum_value : (ScalarType) -> (Scalar)`";
  let arguments = (ins
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_PrimsMinimumOp : Torch_GeneratedOp<"prims.minimum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::minimum : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsMinimumValueOp : Torch_GeneratedOp<"prims.minimum_value", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::minimum_value : (ScalarType) -> (Scalar)`";
  let arguments = (ins
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchScalarType:$result
  );
}

def Torch_PrimsMulOp : Torch_GeneratedOp<"prims.mul", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::mul : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsNdtriOp : Torch_GeneratedOp<"prims.ndtri", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::ndtri : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsNeOp : Torch_GeneratedOp<"prims.ne", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::ne : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsNegOp : Torch_GeneratedOp<"prims.neg", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::neg : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsNextafterOp : Torch_GeneratedOp<"prims.nextafter", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::nextafter : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsNormalOp : Torch_GeneratedOp<"prims.normal", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::normal : (SymInt[], Scalar, Scalar, ScalarType, Device, bool, Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$shape,
    AnyTorchScalarType:$mean,
    AnyTorchScalarType:$std,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    Torch_BoolType:$requires_grad,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsPowOp : Torch_GeneratedOp<"prims.pow", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::pow : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsProdOp : Torch_GeneratedOp<"prims.prod", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::prod : (Tensor, int[]?, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$inp,
    AnyTorchOptionalListOfTorchIntType:$dims,
    AnyTorchOptionalIntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsRealOp : Torch_GeneratedOp<"prims.real", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::real : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsReciprocalOp : Torch_GeneratedOp<"prims.reciprocal", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::reciprocal : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsRemainderOp : Torch_GeneratedOp<"prims.remainder", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::remainder : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsReshapeOp : Torch_GeneratedOp<"prims.reshape", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::reshape : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$shape
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsResizeOp : Torch_GeneratedOp<"prims.resize", [
    AllowsTypeRefinement
  ]> {
  let summary = "Generated op for `prims::resize : (Tensor, SymInt[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$shape
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsRevOp : Torch_GeneratedOp<"prims.rev", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::rev : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$dims
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsRoundOp : Torch_GeneratedOp<"prims.round", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::round : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsRsqrtOp : Torch_GeneratedOp<"prims.rsqrt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::rsqrt : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsScalarTensorOp : Torch_GeneratedOp<"prims.scalar_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::scalar_tensor : (Scalar, ScalarType?, Device?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchScalarType:$s,
    AnyTorchOptionalIntType:$dtype,
    AnyTorchOptionalDeviceType:$device
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsShiftLeftOp : Torch_GeneratedOp<"prims.shift_left", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::shift_left : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsShiftRightArithmeticOp : Torch_GeneratedOp<"prims.shift_right_arithmetic", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::shift_right_arithmetic : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSignOp : Torch_GeneratedOp<"prims.sign", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::sign : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSignbitOp : Torch_GeneratedOp<"prims.signbit", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::signbit : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSinOp : Torch_GeneratedOp<"prims.sin", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::sin : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSinhOp : Torch_GeneratedOp<"prims.sinh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::sinh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSphericalBesselJ0Op : Torch_GeneratedOp<"prims.spherical_bessel_j0", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::spherical_bessel_j0 : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSplitDimOp : Torch_GeneratedOp<"prims.split_dim", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::split_dim : (Tensor, int, SymInt) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_IntType:$dim,
    Torch_IntType:$outer_length
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSqrtOp : Torch_GeneratedOp<"prims.sqrt", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::sqrt : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSqueezeOp : Torch_GeneratedOp<"prims.squeeze", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::squeeze : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$dimensions
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSubOp : Torch_GeneratedOp<"prims.sub", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::sub : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSumOp : Torch_GeneratedOp<"prims.sum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::sum : (Tensor, int[]?, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$inp,
    AnyTorchOptionalListOfTorchIntType:$dims,
    AnyTorchOptionalIntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsSvdOp : Torch_GeneratedOp<"prims.svd", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::svd : (Tensor, bool) -> (Tensor, Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_BoolType:$full_matrices
  );
  let results = (outs
    AnyTorchTensorType:$u,
    AnyTorchTensorType:$s,
    AnyTorchTensorType:$vh
  );
}

def Torch_PrimsTanOp : Torch_GeneratedOp<"prims.tan", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::tan : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsTanhOp : Torch_GeneratedOp<"prims.tanh", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::tanh : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsTransposeOp : Torch_GeneratedOp<"prims.transpose", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::transpose : (Tensor, int[]) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    AnyTorchListOfTorchIntType:$permutation
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsTruncOp : Torch_GeneratedOp<"prims.trunc", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::trunc : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsUniformOp : Torch_GeneratedOp<"prims.uniform", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::uniform : (SymInt[], Scalar, Scalar, ScalarType, Device, SymInt[], Generator?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchListOfTorchIntType:$shape,
    AnyTorchScalarType:$low,
    AnyTorchScalarType:$high,
    Torch_IntType:$dtype,
    Torch_DeviceType:$device,
    AnyTorchListOfTorchIntType:$stride,
    AnyTorchOptionalGeneratorType:$generator
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsVarOp : Torch_GeneratedOp<"prims.var", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::var : (Tensor, int[]?, float?, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$inp,
    AnyTorchOptionalListOfTorchIntType:$dims,
    AnyTorchOptionalFloatType:$correction,
    AnyTorchOptionalIntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsViewOfOp : Torch_GeneratedOp<"prims.view_of", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::view_of : (Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsViewOfDtypeOp : Torch_GeneratedOp<"prims.view_of_dtype", [
    AllowsTypeRefinement,
    ReadOnly
  ]> {
  let summary = "Generated op for `prims::view_of_dtype : (Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$a,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsWhereOp : Torch_GeneratedOp<"prims.where", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::where : (Tensor, Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$pred,
    AnyTorchTensorType:$a,
    AnyTorchTensorType:$b
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsXorSumOp : Torch_GeneratedOp<"prims.xor_sum", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::xor_sum : (Tensor, int[]?, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$inp,
    AnyTorchOptionalListOfTorchIntType:$dims,
    AnyTorchOptionalIntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_PrimsZetaOp : Torch_GeneratedOp<"prims.zeta", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `prims::zeta : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$self,
    AnyTorchTensorType:$other
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

//===----------------------------------------------------------------------===//
// quantized_decomposed::
//===----------------------------------------------------------------------===//

def Torch_QuantizedDecomposedChooseQparamsTensorOp : Torch_GeneratedOp<"quantized_decomposed.choose_qparams.tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::choose_qparams.tensor : (Tensor, int, int, float, ScalarType) -> (Tensor, Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_FloatType:$eps,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result0,
    AnyTorchTensorType:$result1
  );
}

def Torch_QuantizedDecomposedDequantizePerChannelOp : Torch_GeneratedOp<"quantized_decomposed.dequantize_per_channel", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::dequantize_per_channel : (Tensor, Tensor, Tensor?, int, int, int, ScalarType, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scales,
    AnyTorchOptionalTensorType:$zero_points,
    Torch_IntType:$axis,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype,
    AnyTorchOptionalIntType:$out_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedDequantizePerChannelGroupOp : Torch_GeneratedOp<"quantized_decomposed.dequantize_per_channel_group", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::dequantize_per_channel_group : (Tensor, Tensor, Tensor?, int, int, ScalarType, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scales,
    AnyTorchOptionalTensorType:$zero_points,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype,
    Torch_IntType:$group_size,
    Torch_IntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedDequantizePerTensorOp : Torch_GeneratedOp<"quantized_decomposed.dequantize_per_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::dequantize_per_tensor : (Tensor, float, int, int, int, ScalarType, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$scale,
    Torch_IntType:$zero_point,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype,
    AnyTorchOptionalIntType:$out_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedDequantizePerTensorTensorOp : Torch_GeneratedOp<"quantized_decomposed.dequantize_per_tensor.tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::dequantize_per_tensor.tensor : (Tensor, Tensor, Tensor, int, int, ScalarType, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype,
    AnyTorchOptionalIntType:$out_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedDequantizePerTensorTensor2Op : Torch_GeneratedOp<"quantized_decomposed.dequantize_per_tensor.tensor2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::dequantize_per_tensor.tensor2 : (Tensor, Tensor, Tensor, Tensor, Tensor, ScalarType, ScalarType?) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    AnyTorchTensorType:$quant_min,
    AnyTorchTensorType:$quant_max,
    Torch_IntType:$dtype,
    AnyTorchOptionalIntType:$out_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedDequantizePerTokenOp : Torch_GeneratedOp<"quantized_decomposed.dequantize_per_token", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::dequantize_per_token : (Tensor, Tensor, Tensor, int, int, ScalarType, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scales,
    AnyTorchTensorType:$zero_points,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype,
    Torch_IntType:$output_dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedQuantizePerChannelOp : Torch_GeneratedOp<"quantized_decomposed.quantize_per_channel", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::quantize_per_channel : (Tensor, Tensor, Tensor, int, int, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scales,
    AnyTorchTensorType:$zero_points,
    Torch_IntType:$axis,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedQuantizePerChannelGroupOp : Torch_GeneratedOp<"quantized_decomposed.quantize_per_channel_group", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::quantize_per_channel_group : (Tensor, Tensor, Tensor, int, int, ScalarType, int) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scales,
    AnyTorchTensorType:$zero_points,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype,
    Torch_IntType:$group_size
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedQuantizePerTensorOp : Torch_GeneratedOp<"quantized_decomposed.quantize_per_tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::quantize_per_tensor : (Tensor, float, int, int, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    Torch_FloatType:$scale,
    Torch_IntType:$zero_point,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedQuantizePerTensorTensorOp : Torch_GeneratedOp<"quantized_decomposed.quantize_per_tensor.tensor", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::quantize_per_tensor.tensor : (Tensor, Tensor, Tensor, int, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedQuantizePerTensorTensor2Op : Torch_GeneratedOp<"quantized_decomposed.quantize_per_tensor.tensor2", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::quantize_per_tensor.tensor2 : (Tensor, Tensor, Tensor, Tensor, Tensor, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scale,
    AnyTorchTensorType:$zero_point,
    AnyTorchTensorType:$quant_min,
    AnyTorchTensorType:$quant_max,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

def Torch_QuantizedDecomposedQuantizePerTokenOp : Torch_GeneratedOp<"quantized_decomposed.quantize_per_token", [
    AllowsTypeRefinement,
    HasValueSemantics,
    ReadOnly,
    PureOnValueTensors
  ]> {
  let summary = "Generated op for `quantized_decomposed::quantize_per_token : (Tensor, Tensor, Tensor, int, int, ScalarType) -> (Tensor)`";
  let arguments = (ins
    AnyTorchTensorType:$input,
    AnyTorchTensorType:$scales,
    AnyTorchTensorType:$zero_points,
    Torch_IntType:$quant_min,
    Torch_IntType:$quant_max,
    Torch_IntType:$dtype
  );
  let results = (outs
    AnyTorchTensorType:$result
  );
}

#endif // TORCH_MLIR_CORE_GENERATED_TORCH_OPS
