/**
 * The part of the WebAssembly JavaScript API the kernels use. tsconfig's lib (ES2022) and
 * @types/node 20 do not declare it (lib.dom / lib.webworker do): should the project add
 * one of those libs, delete this file.
 */
declare namespace WebAssembly {
  type ImportValue = Function | Global | Memory;
  type Imports = Record<string, Record<string, ImportValue>>;
  type Exports = Record<string, Function | Global | Memory>;

  class Module {
    constructor(bytes: BufferSource);
  }
  class Instance {
    constructor(module: Module, imports?: Imports);
    readonly exports: Exports;
  }
  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
    shared?: boolean;
  }
  class Memory {
    constructor(descriptor: MemoryDescriptor);
    readonly buffer: ArrayBuffer | SharedArrayBuffer;
    grow(delta: number): number;
  }
  class Global {
    readonly value: number;
  }
  function validate(bytes: BufferSource): boolean;
}

type BufferSource = ArrayBufferView | ArrayBuffer;
