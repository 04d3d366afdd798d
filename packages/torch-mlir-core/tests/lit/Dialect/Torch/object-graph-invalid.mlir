// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// The verifiers of the TorchScript object graph ops.

torch.class_type @C {
  torch.attr "a" : !torch.int
  // expected-error @+1 {{'torch.attr' op duplicate attribute 'a'}}
  torch.attr "a" : !torch.int
}

// -----

torch.class_type @C {
  torch.method "f", @f
  // expected-error @+1 {{'torch.method' op duplicate method 'f'}}
  torch.method "f", @f
}
func.func private @f(%self: !torch.nn.Module<"C">) {
  return
}

// -----

torch.class_type @C {
  // expected-error @+1 {{'torch.constant.int' op is not allowed in a torch.class_type}}
  %0 = torch.constant.int 1
}

// -----

// expected-error @+1 {{'torch.attr' op expects parent op 'torch.class_type'}}
torch.attr "a" : !torch.int

// -----

torch.class_type @C {
  // expected-error @+1 {{'torch.method' op '@nothing' is not a function}}
  torch.method "f", @nothing
}

// -----

torch.class_type @C {
  // expected-error @+1 {{'torch.method' op function 'f' must take '!torch.nn.Module<"C">' as first argument}}
  torch.method "f", @f
}
func.func private @f(%x: !torch.int) {
  return
}

// -----

// A method's function takes `self` of its own class.
torch.class_type @C {
  // expected-error @+1 {{'torch.method' op function 'f' must take '!torch.nn.Module<"C">' as first argument}}
  torch.method "f", @f
}
torch.class_type @D {
}
func.func private @f(%self: !torch.nn.Module<"D">) {
  return
}

// -----

// expected-error @+1 {{'torch.nn_module' op refers to class 'Missing', which has no torch.class_type}}
%0 = torch.nn_module {
} : !torch.nn.Module<"Missing">

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
%i = torch.constant.int 1
%0 = torch.nn_module {
  torch.slot "a", %i : !torch.int
  // expected-error @+1 {{'torch.slot' op 'b' is not an attribute of class 'C'}}
  torch.slot "b", %i : !torch.int
} : !torch.nn.Module<"C">

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
  torch.attr "b" : !torch.int
}
%i = torch.constant.int 1
%0 = torch.nn_module {
  // expected-error @+1 {{'torch.slot' op 'b' is out of order: class 'C' declares 'a' at this position}}
  torch.slot "b", %i : !torch.int
  torch.slot "a", %i : !torch.int
} : !torch.nn.Module<"C">

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
%f = torch.constant.float 1.0
%0 = torch.nn_module {
  // expected-error @+1 {{'torch.slot' op value of type '!torch.float' cannot be held by attribute 'a' of type '!torch.int'}}
  torch.slot "a", %f : !torch.float
} : !torch.nn.Module<"C">

// -----

// An unrefined tensor attribute holds tensors of its own kind only.
torch.class_type @C {
  torch.attr "a" : !torch.tensor
}
%t = torch.vtensor.literal(dense<1.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
%0 = torch.nn_module {
  // expected-error @+1 {{'torch.slot' op value of type '!torch.vtensor<[2],f32>' cannot be held by attribute 'a' of type '!torch.tensor'}}
  torch.slot "a", %t : !torch.vtensor<[2],f32>
} : !torch.nn.Module<"C">

// -----

// A refined tensor attribute holds tensors of exactly its type.
torch.class_type @C {
  torch.attr "a" : !torch.tensor<[2],f32>
}
%t = torch.tensor.literal(dense<1.0> : tensor<3xf32>) : !torch.tensor<[3],f32>
%0 = torch.nn_module {
  // expected-error @+1 {{'torch.slot' op value of type '!torch.tensor<[3],f32>' cannot be held by attribute 'a' of type '!torch.tensor<[2],f32>'}}
  torch.slot "a", %t : !torch.tensor<[3],f32>
} : !torch.nn.Module<"C">

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
// expected-error @+1 {{'torch.nn_module' op has no slot for attribute 'a' of class 'C'}}
%0 = torch.nn_module {
} : !torch.nn.Module<"C">

// -----

%i = torch.constant.int 1
// expected-error @+1 {{'torch.slot' op expects parent op 'torch.nn_module'}}
torch.slot "a", %i : !torch.int

// -----

%i = torch.constant.int 1
// expected-error @+1 {{'torch.nn_module' op result #0 must be An instance of a torch.nn.Module class (TorchScript object graph), but got '!torch.int'}}
%0 = torch.nn_module {
} : !torch.int

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">) {
  // expected-error @+1 {{'torch.prim.GetAttr' op class 'C' has no attribute 'b'}}
  %0 = torch.prim.GetAttr %self["b"] : !torch.nn.Module<"C"> -> !torch.int
  return
}

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">) {
  // expected-error @+1 {{'torch.prim.GetAttr' op result type '!torch.float' differs from the type of attribute 'a' ('!torch.int')}}
  %0 = torch.prim.GetAttr %self["a"] : !torch.nn.Module<"C"> -> !torch.float
  return
}

// -----

func.func private @f(%self: !torch.nn.Module<"C">) {
  // expected-error @+1 {{'torch.prim.GetAttr' op refers to class 'C', which has no torch.class_type}}
  %0 = torch.prim.GetAttr %self["a"] : !torch.nn.Module<"C"> -> !torch.int
  return
}

// -----

func.func private @f(%x: !torch.int) {
  // expected-error @+1 {{'torch.prim.GetAttr' op operand #0 must be An instance of a torch.nn.Module class (TorchScript object graph), but got '!torch.int'}}
  %0 = torch.prim.GetAttr %x["a"] : !torch.int -> !torch.int
  return
}

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">, %x: !torch.float) {
  // expected-error @+1 {{'torch.prim.SetAttr' op value of type '!torch.float' cannot be held by attribute 'a' of type '!torch.int'}}
  torch.prim.SetAttr %self["a"] = %x : !torch.nn.Module<"C">, !torch.float
  return
}

// -----

torch.class_type @C {
  torch.attr "a" : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">, %x: !torch.int) {
  // expected-error @+1 {{'torch.prim.SetAttr' op class 'C' has no attribute 'b'}}
  torch.prim.SetAttr %self["b"] = %x : !torch.nn.Module<"C">, !torch.int
  return
}

// -----

torch.class_type @C {
  torch.method "g", @g
}
func.func private @g(%self: !torch.nn.Module<"C">, %x: !torch.int) -> !torch.int {
  return %x : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">, %x: !torch.int) {
  // expected-error @+1 {{'torch.prim.CallMethod' op class 'C' has no method 'h'}}
  %0 = torch.prim.CallMethod %self["h"] (%x) : !torch.nn.Module<"C">, (!torch.int) -> !torch.int
  return
}

// -----

torch.class_type @C {
  torch.method "g", @g
}
func.func private @g(%self: !torch.nn.Module<"C">, %x: !torch.int) -> !torch.int {
  return %x : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">, %x: !torch.float) {
  // expected-error @+1 {{'torch.prim.CallMethod' op types do not match method 'g' of type '(!torch.nn.Module<"C">, !torch.int) -> !torch.int'}}
  %0 = torch.prim.CallMethod %self["g"] (%x) : !torch.nn.Module<"C">, (!torch.float) -> !torch.int
  return
}

// -----

torch.class_type @C {
  torch.method "g", @g
}
func.func private @g(%self: !torch.nn.Module<"C">, %x: !torch.int) -> !torch.int {
  return %x : !torch.int
}
func.func private @f(%self: !torch.nn.Module<"C">, %x: !torch.int) {
  // expected-error @+1 {{'torch.prim.CallMethod' op types do not match method 'g' of type '(!torch.nn.Module<"C">, !torch.int) -> !torch.int'}}
  %0 = torch.prim.CallMethod %self["g"] (%x) : !torch.nn.Module<"C">, (!torch.int) -> !torch.float
  return
}

// -----

torch.class_type @C {
}
%0 = torch.nn_module {
  // expected-error @+1 {{'torch.constant.int' op is not allowed in a torch.nn_module}}
  %1 = torch.constant.int 2
} : !torch.nn.Module<"C">

// -----

torch.class_type @C {
  // expected-error @+1 {{attribute 'type' failed to satisfy constraint}}
  torch.attr "a" : i32
}
