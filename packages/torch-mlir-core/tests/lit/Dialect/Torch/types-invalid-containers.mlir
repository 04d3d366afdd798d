// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// Invalid Torch type mnemonics and container arities.

// expected-error @+1 {{unknown Torch type 'foo'}}
func.func @unknown_mnemonic(%a: !torch.foo) {
  return
}

// -----

// Mnemonics are case-sensitive: the device type is `Device`.
// expected-error @+1 {{unknown Torch type 'device'}}
func.func @wrong_case_mnemonic(%a: !torch.device) {
  return
}

// -----

// expected-error @+1 {{expected a key type and a value type}}
func.func @dict_one_type(%a: !torch.dict<str>) {
  return
}

// -----

// expected-error @+1 {{expected a key type and a value type}}
func.func @dict_three_types(%a: !torch.dict<str, int, int>) {
  return
}

// -----

// expected-error @+1 {{expected exactly one contained type}}
func.func @list_two_types(%a: !torch.list<int, float>) {
  return
}

// -----

// expected-error @+1 {{expected exactly one contained type}}
func.func @list_no_type(%a: !torch.list<>) {
  return
}

// -----

// expected-error @+1 {{expected exactly one contained type}}
func.func @optional_two_types(%a: !torch.optional<int, none>) {
  return
}

// -----

// An error inside a nested type is reported.
// expected-error @+1 {{unknown Torch type 'bogus'}}
func.func @nested_unknown(%a: !torch.list<!torch.bogus>) {
  return
}
