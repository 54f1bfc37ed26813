import protobuf from 'protobufjs';
import type { OnnxModel } from './onnx-model.js';
import { ONNX_SCHEMA } from './onnx-schema.js';

const modelType = protobuf.Root.fromJSON(ONNX_SCHEMA).lookupType('onnx.ModelProto');

/** Decodes ONNX bytes into plain objects; throws protobufjs's error for bytes that are not a valid message. */
export function decodeOnnxModel(bytes: Uint8Array): OnnxModel {
  const message = modelType.decode(bytes);
  return modelType.toObject(message, { longs: Number, defaults: false, arrays: false }) as OnnxModel;
}

/** Encodes an ONNX model from plain objects (for tests and tools that write small ONNX files). */
export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  return modelType.encode(modelType.fromObject(model as Record<string, unknown>)).finish();
}
