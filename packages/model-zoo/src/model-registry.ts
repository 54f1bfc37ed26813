import type { Model } from './model.js';
import { UnknownModelError } from './unknown-model-error.js';
import { alexnet } from './models/alexnet.js';
import { bertBase } from './models/bert.js';
import { mnasnet1_0 } from './models/mnasnet.js';
import { mobilenetV2 } from './models/mobilenet-v2.js';
import { resnet18, resnet50 } from './models/resnet.js';
import { squeezenet1_1 } from './models/squeezenet.js';
import { vgg16 } from './models/vgg16.js';

export interface ModelOptions {
  /** Images (or sequences) per inference; default 1. */
  readonly batch?: number;
  /** Tokens per sequence, for transformer blocks only; default 128. */
  readonly sequenceLength?: number;
}

/** What `listModels()` says about a built-in model. */
export interface ModelInfo {
  readonly name: string;
  /** Other spellings `getModel` accepts (it also ignores case). */
  readonly aliases: readonly string[];
  readonly description: string;
  /** Options besides `batch` that change the model. */
  readonly options: readonly (keyof ModelOptions)[];
}

interface Entry extends ModelInfo {
  build(batch: number, sequenceLength: number): Model;
}

const DEFAULT_SEQUENCE_LENGTH = 128;

const ENTRIES: readonly Entry[] = [
  { name: 'resnet18', aliases: ['resnet-18'], description: 'ResNet-18 (torchvision), 224×224', options: [], build: (b) => resnet18(b) },
  { name: 'resnet50', aliases: ['resnet-50'], description: 'ResNet-50 v1.5 (torchvision), 224×224', options: [], build: (b) => resnet50(b) },
  {
    name: 'mobilenet_v2',
    aliases: ['mobilenetv2', 'mobilenet-v2'],
    description: 'MobileNet-V2 (torchvision), 224×224',
    options: [],
    build: (b) => mobilenetV2(b),
  },
  { name: 'vgg16', aliases: ['vgg-16'], description: 'VGG-16 (torchvision), 224×224', options: [], build: (b) => vgg16(b) },
  { name: 'alexnet', aliases: [], description: 'AlexNet (torchvision), 224×224', options: [], build: (b) => alexnet(b) },
  {
    name: 'mnasnet1_0',
    aliases: ['mnasnet', 'mnasnet1.0', 'mnasnet-1.0'],
    description: 'MnasNet 1.0 (torchvision), 224×224',
    options: [],
    build: (b) => mnasnet1_0(b),
  },
  {
    name: 'squeezenet1_1',
    aliases: ['squeezenet', 'squeezenet1.1', 'squeezenet-1.1'],
    description: 'SqueezeNet 1.1 (torchvision), 224×224',
    options: [],
    build: (b) => squeezenet1_1(b),
  },
  {
    name: 'bert_base',
    aliases: ['bert', 'bert-base', 'bertbase'],
    description: 'BERT-base encoder block (sequence length option, default 128)',
    options: ['sequenceLength'],
    build: (b, s) => bertBase(s, b),
  },
];

/** The built-in models, in a stable order. */
export function listModels(): ModelInfo[] {
  return ENTRIES.map(({ name, aliases, description, options }) => ({ name, aliases, description, options }));
}

function positiveIntegerOption(model: string, option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`model '${model}': option ${option} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Builds a built-in model by name (case-insensitive, aliases accepted). Throws `UnknownModelError` listing the
 * valid names for an unknown name, and `RangeError` for a bad option or one the model does not take.
 */
export function getModel(name: string, options: ModelOptions = {}): Model {
  const key = name.trim().toLowerCase();
  const entry = ENTRIES.find((e) => e.name === key || e.aliases.includes(key));
  const names = ENTRIES.map((e) => e.name);
  if (!entry) throw new UnknownModelError(name, names);
  if (options.sequenceLength !== undefined && !entry.options.includes('sequenceLength')) {
    const takers = ENTRIES.filter((e) => e.options.includes('sequenceLength')).map((e) => e.name);
    throw new RangeError(`model '${entry.name}' takes no sequenceLength option; it applies to: ${takers.join(', ')}`);
  }
  const batch = positiveIntegerOption(entry.name, 'batch', options.batch, 1);
  const sequenceLength = positiveIntegerOption(entry.name, 'sequenceLength', options.sequenceLength, DEFAULT_SEQUENCE_LENGTH);
  return entry.build(batch, sequenceLength);
}
