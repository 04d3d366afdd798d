// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics -torch-freeze-object-graph

// What torch-freeze-object-graph cannot freeze: each offending op gets an
// error, then the pass fails with their count.

torch.class_type @__torch__.M {
  torch.attr "n" : !torch.int
  torch.method "forward", @__torch__.M.forward
  torch.method private "bump", @__torch__.M.bump
}
%int0 = torch.constant.int 0
%m = torch.nn_module {
  torch.slot "n", %int0 : !torch.int
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.int) -> !torch.int {
  // expected-error @below {{assigning attribute 'n' of a module is not supported by the backend pipeline: module attributes are frozen to their values at import}}
  torch.prim.SetAttr %self["n"] = %x : !torch.nn.Module<"__torch__.M">, !torch.int
  // A method called twice reports its problems once.
  torch.prim.CallMethod %self["bump"] () : !torch.nn.Module<"__torch__.M">, () -> ()
  torch.prim.CallMethod %self["bump"] () : !torch.nn.Module<"__torch__.M">, () -> ()
  return %x : !torch.int
}
func.func private @__torch__.M.bump(%self: !torch.nn.Module<"__torch__.M">) {
  %int1 = torch.constant.int 1
  // expected-error @below {{assigning attribute 'n' of a module is not supported by the backend pipeline}}
  torch.prim.SetAttr %self["n"] = %int1 : !torch.nn.Module<"__torch__.M">, !torch.int
  return
}
// expected-error @unknown {{2 error(s) freezing the TorchScript object graph}}

// -----

// A module chosen at run time (yielded from prim.If) or put in a list has no
// statically known identity.
torch.class_type @__torch__.S {
  torch.attr "k" : !torch.int
}
torch.class_type @__torch__.M {
  torch.attr "a" : !torch.nn.Module<"__torch__.S">
  torch.attr "b" : !torch.nn.Module<"__torch__.S">
  torch.method "forward", @__torch__.M.forward
}
%int1 = torch.constant.int 1
%int2 = torch.constant.int 2
%sa = torch.nn_module {
  torch.slot "k", %int1 : !torch.int
} : !torch.nn.Module<"__torch__.S">
%sb = torch.nn_module {
  torch.slot "k", %int2 : !torch.int
} : !torch.nn.Module<"__torch__.S">
%m = torch.nn_module {
  torch.slot "a", %sa : !torch.nn.Module<"__torch__.S">
  torch.slot "b", %sb : !torch.nn.Module<"__torch__.S">
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %c: !torch.bool) -> !torch.int {
  %a = torch.prim.GetAttr %self["a"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
  %b = torch.prim.GetAttr %self["b"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
  %s = torch.prim.If %c -> (!torch.nn.Module<"__torch__.S">) {
    // expected-error @below {{a module (instance of '__torch__.S') cannot be used by 'torch.prim.If.yield': its identity must be known statically, so modules may only have attributes read and methods called}}
    torch.prim.If.yield %a : !torch.nn.Module<"__torch__.S">
  } else {
    // expected-error @below {{a module (instance of '__torch__.S') cannot be used by 'torch.prim.If.yield'}}
    torch.prim.If.yield %b : !torch.nn.Module<"__torch__.S">
  }
  // expected-error @below {{cannot resolve attribute 'k': the module it is applied to is not known statically (only modules read from attributes can be)}}
  %k = torch.prim.GetAttr %s["k"] : !torch.nn.Module<"__torch__.S"> -> !torch.int
  // expected-error @below {{a module (instance of '__torch__.S') cannot be used by 'torch.prim.ListConstruct'}}
  %list = torch.prim.ListConstruct %a, %b : (!torch.nn.Module<"__torch__.S">, !torch.nn.Module<"__torch__.S">) -> !torch.list<nn.Module<"__torch__.S">>
  return %k : !torch.int
}
// expected-error @unknown {{4 error(s) freezing the TorchScript object graph}}

// -----

// Passing a module to a function, returning it from an exported method and
// calling a method of an unknown module.
torch.class_type @__torch__.M {
  torch.method "forward", @__torch__.M.forward
  torch.method "me", @__torch__.M.me
  torch.method "call", @__torch__.M.call
}
%m = torch.nn_module {
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">) -> !torch.int {
  // expected-error @below {{a module (instance of '__torch__.M') cannot be used by 'func.call'}}
  %0 = func.call @__torch__.f(%self) : (!torch.nn.Module<"__torch__.M">) -> !torch.int
  return %0 : !torch.int
}
func.func private @__torch__.M.me(%self: !torch.nn.Module<"__torch__.M">) -> !torch.nn.Module<"__torch__.M"> {
  // expected-error @below {{a module (instance of '__torch__.M') cannot be used by 'func.return'}}
  return %self : !torch.nn.Module<"__torch__.M">
}
func.func private @__torch__.M.call(%self: !torch.nn.Module<"__torch__.M">, %other: !torch.nn.Module<"__torch__.M">) -> !torch.int {
  // expected-error @below {{cannot resolve the call of method 'forward': the module it is applied to is not known statically}}
  %0 = torch.prim.CallMethod %other["forward"] () : !torch.nn.Module<"__torch__.M">, () -> !torch.int
  return %0 : !torch.int
}
func.func private @__torch__.f(%arg: !torch.nn.Module<"__torch__.M">) -> !torch.int {
  %int0 = torch.constant.int 0
  return %int0 : !torch.int
}
// expected-error @unknown {{3 error(s) freezing the TorchScript object graph}}

// -----

// Two instances that no slot holds: which one is the model?
torch.class_type @__torch__.M {
}
// expected-error @below {{more than one root module (a torch.nn_module that no torch.slot holds): cannot tell which one to export}}
%a = torch.nn_module {
} : !torch.nn.Module<"__torch__.M">
// expected-error @below {{more than one root module}}
%b = torch.nn_module {
} : !torch.nn.Module<"__torch__.M">
// expected-error @unknown {{2 error(s) freezing the TorchScript object graph}}

// -----

// A method name that is taken by a function already.
torch.class_type @__torch__.M {
  torch.method "forward", @__torch__.M.forward
}
%m = torch.nn_module {
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">) {
  return
}
// expected-error @below {{cannot export method 'forward' of '__torch__.M': a function '@forward' exists already}}
func.func @forward() {
  return
}
// expected-error @unknown {{1 error(s) freezing the TorchScript object graph}}

// -----

// A tensor attribute updated in place (a buffer updated in forward): the
// frozen copy would lose the update after the call.
torch.class_type @__torch__.Counter {
  torch.attr "total" : !torch.tensor
  torch.method "forward", @__torch__.Counter.forward
}
%total = torch.tensor.literal(dense<0.0> : tensor<4xf32>) : !torch.tensor<[4],f32>
%c = torch.nn_module {
  torch.slot "total", %total : !torch.tensor<[4],f32>
} : !torch.nn.Module<"__torch__.Counter">
func.func private @__torch__.Counter.forward(%self: !torch.nn.Module<"__torch__.Counter">, %x: !torch.tensor) -> !torch.tensor {
  %int1 = torch.constant.int 1
  %t = torch.prim.GetAttr %self["total"] : !torch.nn.Module<"__torch__.Counter"> -> !torch.tensor
  // expected-error @below {{'torch.aten.add_.Tensor' updates attribute 'total' in place (a buffer updated in forward, e.g. BatchNorm's running stats in training mode)}}
  %0 = torch.aten.add_.Tensor %t, %x, %int1 : !torch.tensor, !torch.tensor, !torch.int -> !torch.tensor
  return %0 : !torch.tensor
}
// expected-error @unknown {{1 error(s) freezing the TorchScript object graph}}
