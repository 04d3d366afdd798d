// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// torch.operator names must be qualified, and its values Torch values.

func.func @unqualified_name() {
  // expected-error @+1 {{'torch.operator' op name 'foo' must be a qualified operator name}}
  torch.operator "foo"() : () -> ()
  return
}

// -----

func.func @empty_name() {
  // expected-error @+1 {{'torch.operator' op name '' must be a qualified operator name}}
  torch.operator ""() : () -> ()
  return
}

// -----

func.func @leading_dot() {
  // expected-error @+1 {{'torch.operator' op name '.foo' must be a qualified operator name}}
  torch.operator ".foo"() : () -> ()
  return
}

// -----

func.func @trailing_dot() {
  // expected-error @+1 {{'torch.operator' op name 'aten.' must be a qualified operator name}}
  torch.operator "aten."() : () -> ()
  return
}

// -----

// Builtin types are not TorchScript values.
func.func @builtin_operand(%a: i32) {
  // expected-error @+1 {{'torch.operator' op operand #0 must be variadic of Any type that a TorchScript value can have, but got 'i32'}}
  torch.operator "my_ns.op"(%a) : (i32) -> ()
  return
}

// -----

// A dtype-only Torch type is not a value type either.
func.func @dtype_result() {
  // expected-error @+1 {{'torch.operator' op result #0 must be variadic of Any type that a TorchScript value can have, but got '!torch.qint8'}}
  %0 = torch.operator "my_ns.op"() : () -> !torch.qint8
  return
}

// -----

func.func @terminator_outside_operator(%i: !torch.int) {
  // expected-error @+1 {{'torch.operator_terminator' op expects parent op 'torch.operator'}}
  torch.operator_terminator %i : !torch.int
}
