/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const gamma = $root.gamma = (() => {

    /**
     * Namespace gamma.
     * @exports gamma
     * @namespace
     */
    const gamma = {};

    gamma.results = (function() {

        /**
         * Namespace results.
         * @memberof gamma
         * @namespace
         */
        const results = {};

        results.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof gamma.results
             * @namespace
             */
            const v1 = {};

            v1.ResultsFile = (function() {

                /**
                 * Properties of a ResultsFile.
                 * @typedef {Object} gamma.results.v1.ResultsFile.$Properties
                 * @property {gamma.results.v1.Header.$Properties|null} [header] ResultsFile header
                 * @property {Uint8Array|null} [payload] ResultsFile payload
                 * @property {number|null} [payloadCrc32] ResultsFile payloadCrc32
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResultsFile.
                 * @memberof gamma.results.v1
                 * @interface IResultsFile
                 * @augments gamma.results.v1.ResultsFile.$Properties
                 * @deprecated Use gamma.results.v1.ResultsFile.$Properties instead.
                 */

                /**
                 * Shape of a ResultsFile.
                 * @typedef {gamma.results.v1.ResultsFile.$Properties} gamma.results.v1.ResultsFile.$Shape
                 */

                /**
                 * Constructs a new ResultsFile.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a ResultsFile.
                 * @constructor
                 * @param {gamma.results.v1.ResultsFile.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResultsFile = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResultsFile header.
                 * @member {gamma.results.v1.Header.$Properties|null|undefined} header
                 * @memberof gamma.results.v1.ResultsFile
                 * @instance
                 */
                ResultsFile.prototype.header = null;

                /**
                 * ResultsFile payload.
                 * @member {Uint8Array} payload
                 * @memberof gamma.results.v1.ResultsFile
                 * @instance
                 */
                ResultsFile.prototype.payload = $util.newBuffer([]);

                /**
                 * ResultsFile payloadCrc32.
                 * @member {number} payloadCrc32
                 * @memberof gamma.results.v1.ResultsFile
                 * @instance
                 */
                ResultsFile.prototype.payloadCrc32 = 0;

                /**
                 * Creates a new ResultsFile instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.ResultsFile
                 * @static
                 * @param {gamma.results.v1.ResultsFile.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.ResultsFile} ResultsFile instance
                 * @type {{
                 *   (properties: gamma.results.v1.ResultsFile.$Shape): gamma.results.v1.ResultsFile & gamma.results.v1.ResultsFile.$Shape;
                 *   (properties?: gamma.results.v1.ResultsFile.$Properties): gamma.results.v1.ResultsFile;
                 * }}
                 */
                ResultsFile.create = function(properties) {
                    return new ResultsFile(properties);
                };

                /**
                 * Encodes the specified ResultsFile message. Does not implicitly {@link gamma.results.v1.ResultsFile.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.ResultsFile
                 * @static
                 * @param {gamma.results.v1.ResultsFile.$Properties} message ResultsFile message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResultsFile.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                        $root.gamma.results.v1.Header.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                    if (message.payloadCrc32 != null && $Object.hasOwnProperty.call(message, "payloadCrc32") && message.payloadCrc32 !== 0)
                        writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.payloadCrc32);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResultsFile message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.ResultsFile
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ResultsFile & gamma.results.v1.ResultsFile.$Shape} ResultsFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResultsFile.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.ResultsFile();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.header = $root.gamma.results.v1.Header.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 5)
                                    break;
                                if (value = reader.fixed32())
                                    message.payloadCrc32 = value;
                                else
                                    delete message.payloadCrc32;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResultsFile;
            })();

            v1.Header = (function() {

                /**
                 * Properties of a Header.
                 * @typedef {Object} gamma.results.v1.Header.$Properties
                 * @property {string|null} [tool] Header tool
                 * @property {string|null} [toolVersion] Header toolVersion
                 * @property {number|null} [schemaMajor] Header schemaMajor
                 * @property {number|null} [schemaMinor] Header schemaMinor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Header.
                 * @memberof gamma.results.v1
                 * @interface IHeader
                 * @augments gamma.results.v1.Header.$Properties
                 * @deprecated Use gamma.results.v1.Header.$Properties instead.
                 */

                /**
                 * Shape of a Header.
                 * @typedef {gamma.results.v1.Header.$Properties} gamma.results.v1.Header.$Shape
                 */

                /**
                 * Constructs a new Header.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Header.
                 * @constructor
                 * @param {gamma.results.v1.Header.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Header = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Header tool.
                 * @member {string} tool
                 * @memberof gamma.results.v1.Header
                 * @instance
                 */
                Header.prototype.tool = "";

                /**
                 * Header toolVersion.
                 * @member {string} toolVersion
                 * @memberof gamma.results.v1.Header
                 * @instance
                 */
                Header.prototype.toolVersion = "";

                /**
                 * Header schemaMajor.
                 * @member {number} schemaMajor
                 * @memberof gamma.results.v1.Header
                 * @instance
                 */
                Header.prototype.schemaMajor = 0;

                /**
                 * Header schemaMinor.
                 * @member {number} schemaMinor
                 * @memberof gamma.results.v1.Header
                 * @instance
                 */
                Header.prototype.schemaMinor = 0;

                /**
                 * Creates a new Header instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Header
                 * @static
                 * @param {gamma.results.v1.Header.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Header} Header instance
                 * @type {{
                 *   (properties: gamma.results.v1.Header.$Shape): gamma.results.v1.Header & gamma.results.v1.Header.$Shape;
                 *   (properties?: gamma.results.v1.Header.$Properties): gamma.results.v1.Header;
                 * }}
                 */
                Header.create = function(properties) {
                    return new Header(properties);
                };

                /**
                 * Encodes the specified Header message. Does not implicitly {@link gamma.results.v1.Header.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Header
                 * @static
                 * @param {gamma.results.v1.Header.$Properties} message Header message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Header.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tool != null && $Object.hasOwnProperty.call(message, "tool") && message.tool !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tool);
                    if (message.toolVersion != null && $Object.hasOwnProperty.call(message, "toolVersion") && message.toolVersion !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.toolVersion);
                    if (message.schemaMajor != null && $Object.hasOwnProperty.call(message, "schemaMajor") && message.schemaMajor !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.schemaMajor);
                    if (message.schemaMinor != null && $Object.hasOwnProperty.call(message, "schemaMinor") && message.schemaMinor !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.schemaMinor);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Header
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Header & gamma.results.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Header.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Header();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tool = value;
                                else
                                    delete message.tool;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.toolVersion = value;
                                else
                                    delete message.toolVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.schemaMajor = value;
                                else
                                    delete message.schemaMajor;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.schemaMinor = value;
                                else
                                    delete message.schemaMinor;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Header;
            })();

            v1.Results = (function() {

                /**
                 * Properties of a Results.
                 * @typedef {Object} gamma.results.v1.Results.$Properties
                 * @property {gamma.results.v1.Run.$Properties|null} [run] Results run
                 * @property {Array.<gamma.results.v1.LayerResult.$Properties>|null} [layers] Results layers
                 * @property {gamma.results.v1.ModelTotals.$Properties|null} [totals] Results totals
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Results.
                 * @memberof gamma.results.v1
                 * @interface IResults
                 * @augments gamma.results.v1.Results.$Properties
                 * @deprecated Use gamma.results.v1.Results.$Properties instead.
                 */

                /**
                 * Shape of a Results.
                 * @typedef {gamma.results.v1.Results.$Properties} gamma.results.v1.Results.$Shape
                 */

                /**
                 * Constructs a new Results.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Results.
                 * @constructor
                 * @param {gamma.results.v1.Results.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Results = function (properties) {
                    this.layers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Results run.
                 * @member {gamma.results.v1.Run.$Properties|null|undefined} run
                 * @memberof gamma.results.v1.Results
                 * @instance
                 */
                Results.prototype.run = null;

                /**
                 * Results layers.
                 * @member {Array.<gamma.results.v1.LayerResult.$Properties>} layers
                 * @memberof gamma.results.v1.Results
                 * @instance
                 */
                Results.prototype.layers = $util.emptyArray;

                /**
                 * Results totals.
                 * @member {gamma.results.v1.ModelTotals.$Properties|null|undefined} totals
                 * @memberof gamma.results.v1.Results
                 * @instance
                 */
                Results.prototype.totals = null;

                /**
                 * Creates a new Results instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Results
                 * @static
                 * @param {gamma.results.v1.Results.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Results} Results instance
                 * @type {{
                 *   (properties: gamma.results.v1.Results.$Shape): gamma.results.v1.Results & gamma.results.v1.Results.$Shape;
                 *   (properties?: gamma.results.v1.Results.$Properties): gamma.results.v1.Results;
                 * }}
                 */
                Results.create = function(properties) {
                    return new Results(properties);
                };

                /**
                 * Encodes the specified Results message. Does not implicitly {@link gamma.results.v1.Results.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Results
                 * @static
                 * @param {gamma.results.v1.Results.$Properties} message Results message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Results.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.run != null && $Object.hasOwnProperty.call(message, "run"))
                        $root.gamma.results.v1.Run.encode(message.run, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.layers != null && message.layers.length)
                        for (let i = 0; i < message.layers.length; ++i)
                            $root.gamma.results.v1.LayerResult.encode(message.layers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.totals != null && $Object.hasOwnProperty.call(message, "totals"))
                        $root.gamma.results.v1.ModelTotals.encode(message.totals, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Results message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Results
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Results & gamma.results.v1.Results.$Shape} Results
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Results.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Results();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.run = $root.gamma.results.v1.Run.decode(reader, reader.size(), $undefined, _depth + 1, message.run);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.layers && message.layers.length))
                                    message.layers = [];
                                message.layers.push($root.gamma.results.v1.LayerResult.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.totals = $root.gamma.results.v1.ModelTotals.decode(reader, reader.size(), $undefined, _depth + 1, message.totals);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Results;
            })();

            v1.Run = (function() {

                /**
                 * Properties of a Run.
                 * @typedef {Object} gamma.results.v1.Run.$Properties
                 * @property {number|null} [seed] Run seed
                 * @property {string|null} [algorithm] Run algorithm
                 * @property {gamma.results.v1.Hardware.$Properties|null} [hardware] Run hardware
                 * @property {Array.<string>|null} [objectives] Run objectives
                 * @property {Array.<gamma.results.v1.MetricConstraint.$Properties>|null} [constraints] Run constraints
                 * @property {gamma.results.v1.Budget.$Properties|null} [budget] Run budget
                 * @property {number|null} [populationSize] Run populationSize
                 * @property {gamma.results.v1.OperatorRates.$Properties|null} [operatorRates] Run operatorRates
                 * @property {number|null} [levelsMin] Run levelsMin
                 * @property {number|null} [levelsMax] Run levelsMax
                 * @property {boolean|null} [factorsOnly] Run factorsOnly
                 * @property {string|null} [model] Run model
                 * @property {number|null} [workers] Run workers
                 * @property {string|null} [startedAt] Run startedAt
                 * @property {string|null} [endedAt] Run endedAt
                 * @property {string|null} [stopReason] Run stopReason
                 * @property {gamma.results.v1.ObjectiveWeights.$Properties|null} [objectiveWeights] Run objectiveWeights
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Run.
                 * @memberof gamma.results.v1
                 * @interface IRun
                 * @augments gamma.results.v1.Run.$Properties
                 * @deprecated Use gamma.results.v1.Run.$Properties instead.
                 */

                /**
                 * Shape of a Run.
                 * @typedef {gamma.results.v1.Run.$Properties} gamma.results.v1.Run.$Shape
                 */

                /**
                 * Constructs a new Run.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Run.
                 * @constructor
                 * @param {gamma.results.v1.Run.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Run = function (properties) {
                    this.objectives = [];
                    this.constraints = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Run seed.
                 * @member {number} seed
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Run algorithm.
                 * @member {string} algorithm
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.algorithm = "";

                /**
                 * Run hardware.
                 * @member {gamma.results.v1.Hardware.$Properties|null|undefined} hardware
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.hardware = null;

                /**
                 * Run objectives.
                 * @member {Array.<string>} objectives
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.objectives = $util.emptyArray;

                /**
                 * Run constraints.
                 * @member {Array.<gamma.results.v1.MetricConstraint.$Properties>} constraints
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.constraints = $util.emptyArray;

                /**
                 * Run budget.
                 * @member {gamma.results.v1.Budget.$Properties|null|undefined} budget
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.budget = null;

                /**
                 * Run populationSize.
                 * @member {number} populationSize
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.populationSize = 0;

                /**
                 * Run operatorRates.
                 * @member {gamma.results.v1.OperatorRates.$Properties|null|undefined} operatorRates
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.operatorRates = null;

                /**
                 * Run levelsMin.
                 * @member {number} levelsMin
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.levelsMin = 0;

                /**
                 * Run levelsMax.
                 * @member {number} levelsMax
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.levelsMax = 0;

                /**
                 * Run factorsOnly.
                 * @member {boolean} factorsOnly
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.factorsOnly = false;

                /**
                 * Run model.
                 * @member {string} model
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.model = "";

                /**
                 * Run workers.
                 * @member {number} workers
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.workers = 0;

                /**
                 * Run startedAt.
                 * @member {string} startedAt
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.startedAt = "";

                /**
                 * Run endedAt.
                 * @member {string} endedAt
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.endedAt = "";

                /**
                 * Run stopReason.
                 * @member {string} stopReason
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.stopReason = "";

                /**
                 * Run objectiveWeights.
                 * @member {gamma.results.v1.ObjectiveWeights.$Properties|null|undefined} objectiveWeights
                 * @memberof gamma.results.v1.Run
                 * @instance
                 */
                Run.prototype.objectiveWeights = null;

                /**
                 * Creates a new Run instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Run
                 * @static
                 * @param {gamma.results.v1.Run.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Run} Run instance
                 * @type {{
                 *   (properties: gamma.results.v1.Run.$Shape): gamma.results.v1.Run & gamma.results.v1.Run.$Shape;
                 *   (properties?: gamma.results.v1.Run.$Properties): gamma.results.v1.Run;
                 * }}
                 */
                Run.create = function(properties) {
                    return new Run(properties);
                };

                /**
                 * Encodes the specified Run message. Does not implicitly {@link gamma.results.v1.Run.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Run
                 * @static
                 * @param {gamma.results.v1.Run.$Properties} message Run message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Run.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seed);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.algorithm);
                    if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware"))
                        $root.gamma.results.v1.Hardware.encode(message.hardware, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.objectives != null && message.objectives.length)
                        for (let i = 0; i < message.objectives.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.objectives[i]);
                    if (message.constraints != null && message.constraints.length)
                        for (let i = 0; i < message.constraints.length; ++i)
                            $root.gamma.results.v1.MetricConstraint.encode(message.constraints[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.budget != null && $Object.hasOwnProperty.call(message, "budget"))
                        $root.gamma.results.v1.Budget.encode(message.budget, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.populationSize != null && $Object.hasOwnProperty.call(message, "populationSize") && message.populationSize !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.populationSize);
                    if (message.operatorRates != null && $Object.hasOwnProperty.call(message, "operatorRates"))
                        $root.gamma.results.v1.OperatorRates.encode(message.operatorRates, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.levelsMin != null && $Object.hasOwnProperty.call(message, "levelsMin") && message.levelsMin !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.levelsMin);
                    if (message.levelsMax != null && $Object.hasOwnProperty.call(message, "levelsMax") && message.levelsMax !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.levelsMax);
                    if (message.factorsOnly != null && $Object.hasOwnProperty.call(message, "factorsOnly") && message.factorsOnly !== false)
                        writer.uint32(/* id 11, wireType 0 =*/88).bool(message.factorsOnly);
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.model);
                    if (message.workers != null && $Object.hasOwnProperty.call(message, "workers") && message.workers !== 0)
                        writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.workers);
                    if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && message.startedAt !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.startedAt);
                    if (message.endedAt != null && $Object.hasOwnProperty.call(message, "endedAt") && message.endedAt !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.endedAt);
                    if (message.stopReason != null && $Object.hasOwnProperty.call(message, "stopReason") && message.stopReason !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.stopReason);
                    if (message.objectiveWeights != null && $Object.hasOwnProperty.call(message, "objectiveWeights"))
                        $root.gamma.results.v1.ObjectiveWeights.encode(message.objectiveWeights, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Run message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Run
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Run & gamma.results.v1.Run.$Shape} Run
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Run.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Run();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seed = value;
                                else
                                    delete message.seed;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.algorithm = value;
                                else
                                    delete message.algorithm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.hardware = $root.gamma.results.v1.Hardware.decode(reader, reader.size(), $undefined, _depth + 1, message.hardware);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.objectives && message.objectives.length))
                                    message.objectives = [];
                                message.objectives.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.constraints && message.constraints.length))
                                    message.constraints = [];
                                message.constraints.push($root.gamma.results.v1.MetricConstraint.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.budget = $root.gamma.results.v1.Budget.decode(reader, reader.size(), $undefined, _depth + 1, message.budget);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.populationSize = value;
                                else
                                    delete message.populationSize;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.operatorRates = $root.gamma.results.v1.OperatorRates.decode(reader, reader.size(), $undefined, _depth + 1, message.operatorRates);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.levelsMin = value;
                                else
                                    delete message.levelsMin;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.levelsMax = value;
                                else
                                    delete message.levelsMax;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.factorsOnly = value;
                                else
                                    delete message.factorsOnly;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.model = value;
                                else
                                    delete message.model;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.workers = value;
                                else
                                    delete message.workers;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.startedAt = value;
                                else
                                    delete message.startedAt;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.endedAt = value;
                                else
                                    delete message.endedAt;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stopReason = value;
                                else
                                    delete message.stopReason;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.objectiveWeights = $root.gamma.results.v1.ObjectiveWeights.decode(reader, reader.size(), $undefined, _depth + 1, message.objectiveWeights);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Run;
            })();

            v1.ObjectiveWeights = (function() {

                /**
                 * Properties of an ObjectiveWeights.
                 * @typedef {Object} gamma.results.v1.ObjectiveWeights.$Properties
                 * @property {Array.<number>|null} [weights] ObjectiveWeights weights
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ObjectiveWeights.
                 * @memberof gamma.results.v1
                 * @interface IObjectiveWeights
                 * @augments gamma.results.v1.ObjectiveWeights.$Properties
                 * @deprecated Use gamma.results.v1.ObjectiveWeights.$Properties instead.
                 */

                /**
                 * Shape of an ObjectiveWeights.
                 * @typedef {gamma.results.v1.ObjectiveWeights.$Properties} gamma.results.v1.ObjectiveWeights.$Shape
                 */

                /**
                 * Constructs a new ObjectiveWeights.
                 * @memberof gamma.results.v1
                 * @classdesc Represents an ObjectiveWeights.
                 * @constructor
                 * @param {gamma.results.v1.ObjectiveWeights.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ObjectiveWeights = function (properties) {
                    this.weights = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ObjectiveWeights weights.
                 * @member {Array.<number>} weights
                 * @memberof gamma.results.v1.ObjectiveWeights
                 * @instance
                 */
                ObjectiveWeights.prototype.weights = $util.emptyArray;

                /**
                 * Creates a new ObjectiveWeights instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.ObjectiveWeights
                 * @static
                 * @param {gamma.results.v1.ObjectiveWeights.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.ObjectiveWeights} ObjectiveWeights instance
                 * @type {{
                 *   (properties: gamma.results.v1.ObjectiveWeights.$Shape): gamma.results.v1.ObjectiveWeights & gamma.results.v1.ObjectiveWeights.$Shape;
                 *   (properties?: gamma.results.v1.ObjectiveWeights.$Properties): gamma.results.v1.ObjectiveWeights;
                 * }}
                 */
                ObjectiveWeights.create = function(properties) {
                    return new ObjectiveWeights(properties);
                };

                /**
                 * Encodes the specified ObjectiveWeights message. Does not implicitly {@link gamma.results.v1.ObjectiveWeights.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.ObjectiveWeights
                 * @static
                 * @param {gamma.results.v1.ObjectiveWeights.$Properties} message ObjectiveWeights message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ObjectiveWeights.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.weights != null && message.weights.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.weights);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ObjectiveWeights message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.ObjectiveWeights
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ObjectiveWeights & gamma.results.v1.ObjectiveWeights.$Shape} ObjectiveWeights
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ObjectiveWeights.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.ObjectiveWeights();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.weights && message.weights.length))
                                        message.weights = [];
                                    reader.doubles(message.weights);
                                    continue;
                                }
                                if (wireType !== 1)
                                    break;
                                if (!(message.weights && message.weights.length))
                                    message.weights = [];
                                message.weights.push(reader.double());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObjectiveWeights;
            })();

            v1.Hardware = (function() {

                /**
                 * Properties of a Hardware.
                 * @typedef {Object} gamma.results.v1.Hardware.$Properties
                 * @property {string|null} [name] Hardware name
                 * @property {number|null} [numPes] Hardware numPes
                 * @property {number|null} [l1CapacityElements] Hardware l1CapacityElements
                 * @property {number|null} [l2CapacityElements] Hardware l2CapacityElements
                 * @property {number|null} [nocBandwidth] Hardware nocBandwidth
                 * @property {number|null} [nocHops] Hardware nocHops
                 * @property {number|null} [nocHopLatency] Hardware nocHopLatency
                 * @property {number|null} [offchipBandwidth] Hardware offchipBandwidth
                 * @property {number|null} [wordBits] Hardware wordBits
                 * @property {gamma.results.v1.EnergyConstants.$Properties|null} [energy] Hardware energy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hardware.
                 * @memberof gamma.results.v1
                 * @interface IHardware
                 * @augments gamma.results.v1.Hardware.$Properties
                 * @deprecated Use gamma.results.v1.Hardware.$Properties instead.
                 */

                /**
                 * Shape of a Hardware.
                 * @typedef {gamma.results.v1.Hardware.$Properties} gamma.results.v1.Hardware.$Shape
                 */

                /**
                 * Constructs a new Hardware.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Hardware.
                 * @constructor
                 * @param {gamma.results.v1.Hardware.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hardware = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hardware name.
                 * @member {string} name
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.name = "";

                /**
                 * Hardware numPes.
                 * @member {number} numPes
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.numPes = 0;

                /**
                 * Hardware l1CapacityElements.
                 * @member {number} l1CapacityElements
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.l1CapacityElements = 0;

                /**
                 * Hardware l2CapacityElements.
                 * @member {number} l2CapacityElements
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.l2CapacityElements = 0;

                /**
                 * Hardware nocBandwidth.
                 * @member {number} nocBandwidth
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.nocBandwidth = 0;

                /**
                 * Hardware nocHops.
                 * @member {number} nocHops
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.nocHops = 0;

                /**
                 * Hardware nocHopLatency.
                 * @member {number} nocHopLatency
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.nocHopLatency = 0;

                /**
                 * Hardware offchipBandwidth.
                 * @member {number} offchipBandwidth
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.offchipBandwidth = 0;

                /**
                 * Hardware wordBits.
                 * @member {number} wordBits
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.wordBits = 0;

                /**
                 * Hardware energy.
                 * @member {gamma.results.v1.EnergyConstants.$Properties|null|undefined} energy
                 * @memberof gamma.results.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.energy = null;

                /**
                 * Creates a new Hardware instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Hardware
                 * @static
                 * @param {gamma.results.v1.Hardware.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Hardware} Hardware instance
                 * @type {{
                 *   (properties: gamma.results.v1.Hardware.$Shape): gamma.results.v1.Hardware & gamma.results.v1.Hardware.$Shape;
                 *   (properties?: gamma.results.v1.Hardware.$Properties): gamma.results.v1.Hardware;
                 * }}
                 */
                Hardware.create = function(properties) {
                    return new Hardware(properties);
                };

                /**
                 * Encodes the specified Hardware message. Does not implicitly {@link gamma.results.v1.Hardware.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Hardware
                 * @static
                 * @param {gamma.results.v1.Hardware.$Properties} message Hardware message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hardware.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.numPes != null && $Object.hasOwnProperty.call(message, "numPes") && message.numPes !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.numPes);
                    if (message.l1CapacityElements != null && $Object.hasOwnProperty.call(message, "l1CapacityElements") && !$Object.is(message.l1CapacityElements, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.l1CapacityElements);
                    if (message.l2CapacityElements != null && $Object.hasOwnProperty.call(message, "l2CapacityElements") && !$Object.is(message.l2CapacityElements, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.l2CapacityElements);
                    if (message.nocBandwidth != null && $Object.hasOwnProperty.call(message, "nocBandwidth") && !$Object.is(message.nocBandwidth, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.nocBandwidth);
                    if (message.nocHops != null && $Object.hasOwnProperty.call(message, "nocHops") && message.nocHops !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.nocHops);
                    if (message.nocHopLatency != null && $Object.hasOwnProperty.call(message, "nocHopLatency") && !$Object.is(message.nocHopLatency, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.nocHopLatency);
                    if (message.offchipBandwidth != null && $Object.hasOwnProperty.call(message, "offchipBandwidth") && !$Object.is(message.offchipBandwidth, 0))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.offchipBandwidth);
                    if (message.wordBits != null && $Object.hasOwnProperty.call(message, "wordBits") && message.wordBits !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.wordBits);
                    if (message.energy != null && $Object.hasOwnProperty.call(message, "energy"))
                        $root.gamma.results.v1.EnergyConstants.encode(message.energy, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Hardware message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Hardware
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Hardware & gamma.results.v1.Hardware.$Shape} Hardware
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hardware.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Hardware();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.numPes = value;
                                else
                                    delete message.numPes;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l1CapacityElements = value;
                                else
                                    delete message.l1CapacityElements;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2CapacityElements = value;
                                else
                                    delete message.l2CapacityElements;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.nocBandwidth = value;
                                else
                                    delete message.nocBandwidth;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nocHops = value;
                                else
                                    delete message.nocHops;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.nocHopLatency = value;
                                else
                                    delete message.nocHopLatency;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.offchipBandwidth = value;
                                else
                                    delete message.offchipBandwidth;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.wordBits = value;
                                else
                                    delete message.wordBits;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.energy = $root.gamma.results.v1.EnergyConstants.decode(reader, reader.size(), $undefined, _depth + 1, message.energy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Hardware;
            })();

            v1.EnergyConstants = (function() {

                /**
                 * Properties of an EnergyConstants.
                 * @typedef {Object} gamma.results.v1.EnergyConstants.$Properties
                 * @property {number|null} [macNj] EnergyConstants macNj
                 * @property {number|null} [l1AccessNj] EnergyConstants l1AccessNj
                 * @property {number|null} [l2AccessNj] EnergyConstants l2AccessNj
                 * @property {number|null} [dramAccessNj] EnergyConstants dramAccessNj
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EnergyConstants.
                 * @memberof gamma.results.v1
                 * @interface IEnergyConstants
                 * @augments gamma.results.v1.EnergyConstants.$Properties
                 * @deprecated Use gamma.results.v1.EnergyConstants.$Properties instead.
                 */

                /**
                 * Shape of an EnergyConstants.
                 * @typedef {gamma.results.v1.EnergyConstants.$Properties} gamma.results.v1.EnergyConstants.$Shape
                 */

                /**
                 * Constructs a new EnergyConstants.
                 * @memberof gamma.results.v1
                 * @classdesc Represents an EnergyConstants.
                 * @constructor
                 * @param {gamma.results.v1.EnergyConstants.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EnergyConstants = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EnergyConstants macNj.
                 * @member {number} macNj
                 * @memberof gamma.results.v1.EnergyConstants
                 * @instance
                 */
                EnergyConstants.prototype.macNj = 0;

                /**
                 * EnergyConstants l1AccessNj.
                 * @member {number} l1AccessNj
                 * @memberof gamma.results.v1.EnergyConstants
                 * @instance
                 */
                EnergyConstants.prototype.l1AccessNj = 0;

                /**
                 * EnergyConstants l2AccessNj.
                 * @member {number} l2AccessNj
                 * @memberof gamma.results.v1.EnergyConstants
                 * @instance
                 */
                EnergyConstants.prototype.l2AccessNj = 0;

                /**
                 * EnergyConstants dramAccessNj.
                 * @member {number} dramAccessNj
                 * @memberof gamma.results.v1.EnergyConstants
                 * @instance
                 */
                EnergyConstants.prototype.dramAccessNj = 0;

                /**
                 * Creates a new EnergyConstants instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.EnergyConstants
                 * @static
                 * @param {gamma.results.v1.EnergyConstants.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.EnergyConstants} EnergyConstants instance
                 * @type {{
                 *   (properties: gamma.results.v1.EnergyConstants.$Shape): gamma.results.v1.EnergyConstants & gamma.results.v1.EnergyConstants.$Shape;
                 *   (properties?: gamma.results.v1.EnergyConstants.$Properties): gamma.results.v1.EnergyConstants;
                 * }}
                 */
                EnergyConstants.create = function(properties) {
                    return new EnergyConstants(properties);
                };

                /**
                 * Encodes the specified EnergyConstants message. Does not implicitly {@link gamma.results.v1.EnergyConstants.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.EnergyConstants
                 * @static
                 * @param {gamma.results.v1.EnergyConstants.$Properties} message EnergyConstants message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EnergyConstants.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.macNj != null && $Object.hasOwnProperty.call(message, "macNj") && !$Object.is(message.macNj, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.macNj);
                    if (message.l1AccessNj != null && $Object.hasOwnProperty.call(message, "l1AccessNj") && !$Object.is(message.l1AccessNj, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.l1AccessNj);
                    if (message.l2AccessNj != null && $Object.hasOwnProperty.call(message, "l2AccessNj") && !$Object.is(message.l2AccessNj, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.l2AccessNj);
                    if (message.dramAccessNj != null && $Object.hasOwnProperty.call(message, "dramAccessNj") && !$Object.is(message.dramAccessNj, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.dramAccessNj);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EnergyConstants message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.EnergyConstants
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.EnergyConstants & gamma.results.v1.EnergyConstants.$Shape} EnergyConstants
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EnergyConstants.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.EnergyConstants();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.macNj = value;
                                else
                                    delete message.macNj;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l1AccessNj = value;
                                else
                                    delete message.l1AccessNj;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2AccessNj = value;
                                else
                                    delete message.l2AccessNj;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.dramAccessNj = value;
                                else
                                    delete message.dramAccessNj;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return EnergyConstants;
            })();

            v1.MetricConstraint = (function() {

                /**
                 * Properties of a MetricConstraint.
                 * @typedef {Object} gamma.results.v1.MetricConstraint.$Properties
                 * @property {string|null} [metric] MetricConstraint metric
                 * @property {number|null} [max] MetricConstraint max
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MetricConstraint.
                 * @memberof gamma.results.v1
                 * @interface IMetricConstraint
                 * @augments gamma.results.v1.MetricConstraint.$Properties
                 * @deprecated Use gamma.results.v1.MetricConstraint.$Properties instead.
                 */

                /**
                 * Shape of a MetricConstraint.
                 * @typedef {gamma.results.v1.MetricConstraint.$Properties} gamma.results.v1.MetricConstraint.$Shape
                 */

                /**
                 * Constructs a new MetricConstraint.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a MetricConstraint.
                 * @constructor
                 * @param {gamma.results.v1.MetricConstraint.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MetricConstraint = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MetricConstraint metric.
                 * @member {string} metric
                 * @memberof gamma.results.v1.MetricConstraint
                 * @instance
                 */
                MetricConstraint.prototype.metric = "";

                /**
                 * MetricConstraint max.
                 * @member {number} max
                 * @memberof gamma.results.v1.MetricConstraint
                 * @instance
                 */
                MetricConstraint.prototype.max = 0;

                /**
                 * Creates a new MetricConstraint instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.MetricConstraint
                 * @static
                 * @param {gamma.results.v1.MetricConstraint.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.MetricConstraint} MetricConstraint instance
                 * @type {{
                 *   (properties: gamma.results.v1.MetricConstraint.$Shape): gamma.results.v1.MetricConstraint & gamma.results.v1.MetricConstraint.$Shape;
                 *   (properties?: gamma.results.v1.MetricConstraint.$Properties): gamma.results.v1.MetricConstraint;
                 * }}
                 */
                MetricConstraint.create = function(properties) {
                    return new MetricConstraint(properties);
                };

                /**
                 * Encodes the specified MetricConstraint message. Does not implicitly {@link gamma.results.v1.MetricConstraint.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.MetricConstraint
                 * @static
                 * @param {gamma.results.v1.MetricConstraint.$Properties} message MetricConstraint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricConstraint.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.metric);
                    if (message.max != null && $Object.hasOwnProperty.call(message, "max") && !$Object.is(message.max, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.max);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MetricConstraint message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.MetricConstraint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.MetricConstraint & gamma.results.v1.MetricConstraint.$Shape} MetricConstraint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricConstraint.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.MetricConstraint();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.metric = value;
                                else
                                    delete message.metric;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.max = value;
                                else
                                    delete message.max;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return MetricConstraint;
            })();

            v1.Budget = (function() {

                /**
                 * Properties of a Budget.
                 * @typedef {Object} gamma.results.v1.Budget.$Properties
                 * @property {number|null} [samples] Budget samples
                 * @property {number|null} [generations] Budget generations
                 * @property {number|null} [timeMs] Budget timeMs
                 * @property {number|null} [patience] Budget patience
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Budget.
                 * @memberof gamma.results.v1
                 * @interface IBudget
                 * @augments gamma.results.v1.Budget.$Properties
                 * @deprecated Use gamma.results.v1.Budget.$Properties instead.
                 */

                /**
                 * Shape of a Budget.
                 * @typedef {gamma.results.v1.Budget.$Properties} gamma.results.v1.Budget.$Shape
                 */

                /**
                 * Constructs a new Budget.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Budget.
                 * @constructor
                 * @param {gamma.results.v1.Budget.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Budget = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Budget samples.
                 * @member {number|null|undefined} samples
                 * @memberof gamma.results.v1.Budget
                 * @instance
                 */
                Budget.prototype.samples = null;

                /**
                 * Budget generations.
                 * @member {number|null|undefined} generations
                 * @memberof gamma.results.v1.Budget
                 * @instance
                 */
                Budget.prototype.generations = null;

                /**
                 * Budget timeMs.
                 * @member {number|null|undefined} timeMs
                 * @memberof gamma.results.v1.Budget
                 * @instance
                 */
                Budget.prototype.timeMs = null;

                /**
                 * Budget patience.
                 * @member {number|null|undefined} patience
                 * @memberof gamma.results.v1.Budget
                 * @instance
                 */
                Budget.prototype.patience = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Budget.prototype, "_samples", {
                    get: $util.oneOfGetter($oneOfFields = ["samples"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Budget.prototype, "_generations", {
                    get: $util.oneOfGetter($oneOfFields = ["generations"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Budget.prototype, "_timeMs", {
                    get: $util.oneOfGetter($oneOfFields = ["timeMs"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Budget.prototype, "_patience", {
                    get: $util.oneOfGetter($oneOfFields = ["patience"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Budget instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Budget
                 * @static
                 * @param {gamma.results.v1.Budget.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Budget} Budget instance
                 * @type {{
                 *   (properties: gamma.results.v1.Budget.$Shape): gamma.results.v1.Budget & gamma.results.v1.Budget.$Shape;
                 *   (properties?: gamma.results.v1.Budget.$Properties): gamma.results.v1.Budget;
                 * }}
                 */
                Budget.create = function(properties) {
                    return new Budget(properties);
                };

                /**
                 * Encodes the specified Budget message. Does not implicitly {@link gamma.results.v1.Budget.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Budget
                 * @static
                 * @param {gamma.results.v1.Budget.$Properties} message Budget message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Budget.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.samples);
                    if (message.generations != null && $Object.hasOwnProperty.call(message, "generations"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.generations);
                    if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.timeMs);
                    if (message.patience != null && $Object.hasOwnProperty.call(message, "patience"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.patience);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Budget message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Budget
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Budget & gamma.results.v1.Budget.$Shape} Budget
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Budget.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Budget();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.samples = reader.uint64();
                                message._samples = "samples";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.generations = reader.uint64();
                                message._generations = "generations";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                message.timeMs = reader.double();
                                message._timeMs = "timeMs";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.patience = reader.uint64();
                                message._patience = "patience";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Budget;
            })();

            v1.OperatorRates = (function() {

                /**
                 * Properties of an OperatorRates.
                 * @typedef {Object} gamma.results.v1.OperatorRates.$Properties
                 * @property {number|null} [crossover] OperatorRates crossover
                 * @property {number|null} [reorder] OperatorRates reorder
                 * @property {number|null} [tileMutation] OperatorRates tileMutation
                 * @property {number|null} [tileMutationLoci] OperatorRates tileMutationLoci
                 * @property {number|null} [parallelMutation] OperatorRates parallelMutation
                 * @property {number|null} [levelGrowth] OperatorRates levelGrowth
                 * @property {number|null} [levelAging] OperatorRates levelAging
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OperatorRates.
                 * @memberof gamma.results.v1
                 * @interface IOperatorRates
                 * @augments gamma.results.v1.OperatorRates.$Properties
                 * @deprecated Use gamma.results.v1.OperatorRates.$Properties instead.
                 */

                /**
                 * Shape of an OperatorRates.
                 * @typedef {gamma.results.v1.OperatorRates.$Properties} gamma.results.v1.OperatorRates.$Shape
                 */

                /**
                 * Constructs a new OperatorRates.
                 * @memberof gamma.results.v1
                 * @classdesc Represents an OperatorRates.
                 * @constructor
                 * @param {gamma.results.v1.OperatorRates.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OperatorRates = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OperatorRates crossover.
                 * @member {number} crossover
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.crossover = 0;

                /**
                 * OperatorRates reorder.
                 * @member {number} reorder
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.reorder = 0;

                /**
                 * OperatorRates tileMutation.
                 * @member {number} tileMutation
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.tileMutation = 0;

                /**
                 * OperatorRates tileMutationLoci.
                 * @member {number} tileMutationLoci
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.tileMutationLoci = 0;

                /**
                 * OperatorRates parallelMutation.
                 * @member {number} parallelMutation
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.parallelMutation = 0;

                /**
                 * OperatorRates levelGrowth.
                 * @member {number} levelGrowth
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.levelGrowth = 0;

                /**
                 * OperatorRates levelAging.
                 * @member {number} levelAging
                 * @memberof gamma.results.v1.OperatorRates
                 * @instance
                 */
                OperatorRates.prototype.levelAging = 0;

                /**
                 * Creates a new OperatorRates instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.OperatorRates
                 * @static
                 * @param {gamma.results.v1.OperatorRates.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.OperatorRates} OperatorRates instance
                 * @type {{
                 *   (properties: gamma.results.v1.OperatorRates.$Shape): gamma.results.v1.OperatorRates & gamma.results.v1.OperatorRates.$Shape;
                 *   (properties?: gamma.results.v1.OperatorRates.$Properties): gamma.results.v1.OperatorRates;
                 * }}
                 */
                OperatorRates.create = function(properties) {
                    return new OperatorRates(properties);
                };

                /**
                 * Encodes the specified OperatorRates message. Does not implicitly {@link gamma.results.v1.OperatorRates.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.OperatorRates
                 * @static
                 * @param {gamma.results.v1.OperatorRates.$Properties} message OperatorRates message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OperatorRates.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.crossover != null && $Object.hasOwnProperty.call(message, "crossover") && !$Object.is(message.crossover, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.crossover);
                    if (message.reorder != null && $Object.hasOwnProperty.call(message, "reorder") && !$Object.is(message.reorder, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.reorder);
                    if (message.tileMutation != null && $Object.hasOwnProperty.call(message, "tileMutation") && !$Object.is(message.tileMutation, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.tileMutation);
                    if (message.tileMutationLoci != null && $Object.hasOwnProperty.call(message, "tileMutationLoci") && !$Object.is(message.tileMutationLoci, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.tileMutationLoci);
                    if (message.parallelMutation != null && $Object.hasOwnProperty.call(message, "parallelMutation") && !$Object.is(message.parallelMutation, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.parallelMutation);
                    if (message.levelGrowth != null && $Object.hasOwnProperty.call(message, "levelGrowth") && !$Object.is(message.levelGrowth, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.levelGrowth);
                    if (message.levelAging != null && $Object.hasOwnProperty.call(message, "levelAging") && !$Object.is(message.levelAging, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.levelAging);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OperatorRates message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.OperatorRates
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.OperatorRates & gamma.results.v1.OperatorRates.$Shape} OperatorRates
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OperatorRates.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.OperatorRates();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.crossover = value;
                                else
                                    delete message.crossover;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.reorder = value;
                                else
                                    delete message.reorder;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.tileMutation = value;
                                else
                                    delete message.tileMutation;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.tileMutationLoci = value;
                                else
                                    delete message.tileMutationLoci;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.parallelMutation = value;
                                else
                                    delete message.parallelMutation;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.levelGrowth = value;
                                else
                                    delete message.levelGrowth;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.levelAging = value;
                                else
                                    delete message.levelAging;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return OperatorRates;
            })();

            /**
             * Dim enum.
             * @name gamma.results.v1.Dim
             * @enum {number}
             * @property {number} DIM_UNSPECIFIED=0 DIM_UNSPECIFIED value
             * @property {number} DIM_K=1 DIM_K value
             * @property {number} DIM_C=2 DIM_C value
             * @property {number} DIM_Y=3 DIM_Y value
             * @property {number} DIM_X=4 DIM_X value
             * @property {number} DIM_R=5 DIM_R value
             * @property {number} DIM_S=6 DIM_S value
             */
            v1.Dim = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DIM_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DIM_K"] = 1;
                values[valuesById[2] = "DIM_C"] = 2;
                values[valuesById[3] = "DIM_Y"] = 3;
                values[valuesById[4] = "DIM_X"] = 4;
                values[valuesById[5] = "DIM_R"] = 5;
                values[valuesById[6] = "DIM_S"] = 6;
                return values;
            })();

            /**
             * LayerOp enum.
             * @name gamma.results.v1.LayerOp
             * @enum {number}
             * @property {number} LAYER_OP_UNSPECIFIED=0 LAYER_OP_UNSPECIFIED value
             * @property {number} LAYER_OP_CONV=1 LAYER_OP_CONV value
             * @property {number} LAYER_OP_DSCONV=2 LAYER_OP_DSCONV value
             */
            v1.LayerOp = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "LAYER_OP_UNSPECIFIED"] = 0;
                values[valuesById[1] = "LAYER_OP_CONV"] = 1;
                values[valuesById[2] = "LAYER_OP_DSCONV"] = 2;
                return values;
            })();

            v1.Problem = (function() {

                /**
                 * Properties of a Problem.
                 * @typedef {Object} gamma.results.v1.Problem.$Properties
                 * @property {gamma.results.v1.LayerOp|null} [op] Problem op
                 * @property {string|null} [name] Problem name
                 * @property {number|null} [k] Problem k
                 * @property {number|null} [c] Problem c
                 * @property {number|null} [y] Problem y
                 * @property {number|null} [x] Problem x
                 * @property {number|null} [r] Problem r
                 * @property {number|null} [s] Problem s
                 * @property {number|null} [strideY] Problem strideY
                 * @property {number|null} [strideX] Problem strideX
                 * @property {number|null} [repeat] Problem repeat
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Problem.
                 * @memberof gamma.results.v1
                 * @interface IProblem
                 * @augments gamma.results.v1.Problem.$Properties
                 * @deprecated Use gamma.results.v1.Problem.$Properties instead.
                 */

                /**
                 * Shape of a Problem.
                 * @typedef {gamma.results.v1.Problem.$Properties} gamma.results.v1.Problem.$Shape
                 */

                /**
                 * Constructs a new Problem.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Problem.
                 * @constructor
                 * @param {gamma.results.v1.Problem.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Problem = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Problem op.
                 * @member {gamma.results.v1.LayerOp} op
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.op = 0;

                /**
                 * Problem name.
                 * @member {string} name
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.name = "";

                /**
                 * Problem k.
                 * @member {number} k
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.k = 0;

                /**
                 * Problem c.
                 * @member {number} c
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.c = 0;

                /**
                 * Problem y.
                 * @member {number} y
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.y = 0;

                /**
                 * Problem x.
                 * @member {number} x
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.x = 0;

                /**
                 * Problem r.
                 * @member {number} r
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.r = 0;

                /**
                 * Problem s.
                 * @member {number} s
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.s = 0;

                /**
                 * Problem strideY.
                 * @member {number} strideY
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.strideY = 0;

                /**
                 * Problem strideX.
                 * @member {number} strideX
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.strideX = 0;

                /**
                 * Problem repeat.
                 * @member {number} repeat
                 * @memberof gamma.results.v1.Problem
                 * @instance
                 */
                Problem.prototype.repeat = 0;

                /**
                 * Creates a new Problem instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Problem
                 * @static
                 * @param {gamma.results.v1.Problem.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Problem} Problem instance
                 * @type {{
                 *   (properties: gamma.results.v1.Problem.$Shape): gamma.results.v1.Problem & gamma.results.v1.Problem.$Shape;
                 *   (properties?: gamma.results.v1.Problem.$Properties): gamma.results.v1.Problem;
                 * }}
                 */
                Problem.create = function(properties) {
                    return new Problem(properties);
                };

                /**
                 * Encodes the specified Problem message. Does not implicitly {@link gamma.results.v1.Problem.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Problem
                 * @static
                 * @param {gamma.results.v1.Problem.$Properties} message Problem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Problem.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.op);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.k);
                    if (message.c != null && $Object.hasOwnProperty.call(message, "c") && message.c !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.c);
                    if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.y);
                    if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.x);
                    if (message.r != null && $Object.hasOwnProperty.call(message, "r") && message.r !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.r);
                    if (message.s != null && $Object.hasOwnProperty.call(message, "s") && message.s !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.s);
                    if (message.strideY != null && $Object.hasOwnProperty.call(message, "strideY") && message.strideY !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.strideY);
                    if (message.strideX != null && $Object.hasOwnProperty.call(message, "strideX") && message.strideX !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.strideX);
                    if (message.repeat != null && $Object.hasOwnProperty.call(message, "repeat") && message.repeat !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.repeat);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Problem message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Problem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Problem & gamma.results.v1.Problem.$Shape} Problem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Problem.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Problem();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.op = value;
                                else
                                    delete message.op;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.k = value;
                                else
                                    delete message.k;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.c = value;
                                else
                                    delete message.c;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.y = value;
                                else
                                    delete message.y;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.x = value;
                                else
                                    delete message.x;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.r = value;
                                else
                                    delete message.r;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.s = value;
                                else
                                    delete message.s;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.strideY = value;
                                else
                                    delete message.strideY;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.strideX = value;
                                else
                                    delete message.strideX;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.repeat = value;
                                else
                                    delete message.repeat;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Problem;
            })();

            v1.LoopTile = (function() {

                /**
                 * Properties of a LoopTile.
                 * @typedef {Object} gamma.results.v1.LoopTile.$Properties
                 * @property {gamma.results.v1.Dim|null} [dim] LoopTile dim
                 * @property {number|null} [tile] LoopTile tile
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LoopTile.
                 * @memberof gamma.results.v1
                 * @interface ILoopTile
                 * @augments gamma.results.v1.LoopTile.$Properties
                 * @deprecated Use gamma.results.v1.LoopTile.$Properties instead.
                 */

                /**
                 * Shape of a LoopTile.
                 * @typedef {gamma.results.v1.LoopTile.$Properties} gamma.results.v1.LoopTile.$Shape
                 */

                /**
                 * Constructs a new LoopTile.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a LoopTile.
                 * @constructor
                 * @param {gamma.results.v1.LoopTile.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LoopTile = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LoopTile dim.
                 * @member {gamma.results.v1.Dim} dim
                 * @memberof gamma.results.v1.LoopTile
                 * @instance
                 */
                LoopTile.prototype.dim = 0;

                /**
                 * LoopTile tile.
                 * @member {number} tile
                 * @memberof gamma.results.v1.LoopTile
                 * @instance
                 */
                LoopTile.prototype.tile = 0;

                /**
                 * Creates a new LoopTile instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.LoopTile
                 * @static
                 * @param {gamma.results.v1.LoopTile.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.LoopTile} LoopTile instance
                 * @type {{
                 *   (properties: gamma.results.v1.LoopTile.$Shape): gamma.results.v1.LoopTile & gamma.results.v1.LoopTile.$Shape;
                 *   (properties?: gamma.results.v1.LoopTile.$Properties): gamma.results.v1.LoopTile;
                 * }}
                 */
                LoopTile.create = function(properties) {
                    return new LoopTile(properties);
                };

                /**
                 * Encodes the specified LoopTile message. Does not implicitly {@link gamma.results.v1.LoopTile.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.LoopTile
                 * @static
                 * @param {gamma.results.v1.LoopTile.$Properties} message LoopTile message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoopTile.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dim);
                    if (message.tile != null && $Object.hasOwnProperty.call(message, "tile") && message.tile !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tile);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LoopTile message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.LoopTile
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.LoopTile & gamma.results.v1.LoopTile.$Shape} LoopTile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoopTile.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.LoopTile();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.dim = value;
                                else
                                    delete message.dim;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tile = value;
                                else
                                    delete message.tile;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return LoopTile;
            })();

            v1.MappingLevel = (function() {

                /**
                 * Properties of a MappingLevel.
                 * @typedef {Object} gamma.results.v1.MappingLevel.$Properties
                 * @property {gamma.results.v1.Dim|null} [parallel] MappingLevel parallel
                 * @property {number|null} [clusterSize] MappingLevel clusterSize
                 * @property {Array.<gamma.results.v1.LoopTile.$Properties>|null} [loops] MappingLevel loops
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MappingLevel.
                 * @memberof gamma.results.v1
                 * @interface IMappingLevel
                 * @augments gamma.results.v1.MappingLevel.$Properties
                 * @deprecated Use gamma.results.v1.MappingLevel.$Properties instead.
                 */

                /**
                 * Shape of a MappingLevel.
                 * @typedef {gamma.results.v1.MappingLevel.$Properties} gamma.results.v1.MappingLevel.$Shape
                 */

                /**
                 * Constructs a new MappingLevel.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a MappingLevel.
                 * @constructor
                 * @param {gamma.results.v1.MappingLevel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MappingLevel = function (properties) {
                    this.loops = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MappingLevel parallel.
                 * @member {gamma.results.v1.Dim} parallel
                 * @memberof gamma.results.v1.MappingLevel
                 * @instance
                 */
                MappingLevel.prototype.parallel = 0;

                /**
                 * MappingLevel clusterSize.
                 * @member {number|null|undefined} clusterSize
                 * @memberof gamma.results.v1.MappingLevel
                 * @instance
                 */
                MappingLevel.prototype.clusterSize = null;

                /**
                 * MappingLevel loops.
                 * @member {Array.<gamma.results.v1.LoopTile.$Properties>} loops
                 * @memberof gamma.results.v1.MappingLevel
                 * @instance
                 */
                MappingLevel.prototype.loops = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(MappingLevel.prototype, "_clusterSize", {
                    get: $util.oneOfGetter($oneOfFields = ["clusterSize"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new MappingLevel instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.MappingLevel
                 * @static
                 * @param {gamma.results.v1.MappingLevel.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.MappingLevel} MappingLevel instance
                 * @type {{
                 *   (properties: gamma.results.v1.MappingLevel.$Shape): gamma.results.v1.MappingLevel & gamma.results.v1.MappingLevel.$Shape;
                 *   (properties?: gamma.results.v1.MappingLevel.$Properties): gamma.results.v1.MappingLevel;
                 * }}
                 */
                MappingLevel.create = function(properties) {
                    return new MappingLevel(properties);
                };

                /**
                 * Encodes the specified MappingLevel message. Does not implicitly {@link gamma.results.v1.MappingLevel.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.MappingLevel
                 * @static
                 * @param {gamma.results.v1.MappingLevel.$Properties} message MappingLevel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MappingLevel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parallel != null && $Object.hasOwnProperty.call(message, "parallel") && message.parallel !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.parallel);
                    if (message.clusterSize != null && $Object.hasOwnProperty.call(message, "clusterSize"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.clusterSize);
                    if (message.loops != null && message.loops.length)
                        for (let i = 0; i < message.loops.length; ++i)
                            $root.gamma.results.v1.LoopTile.encode(message.loops[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MappingLevel message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.MappingLevel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.MappingLevel & gamma.results.v1.MappingLevel.$Shape} MappingLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MappingLevel.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.MappingLevel();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.parallel = value;
                                else
                                    delete message.parallel;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.clusterSize = reader.uint32();
                                message._clusterSize = "clusterSize";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.loops && message.loops.length))
                                    message.loops = [];
                                message.loops.push($root.gamma.results.v1.LoopTile.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return MappingLevel;
            })();

            v1.Mapping = (function() {

                /**
                 * Properties of a Mapping.
                 * @typedef {Object} gamma.results.v1.Mapping.$Properties
                 * @property {Array.<gamma.results.v1.MappingLevel.$Properties>|null} [levels] Mapping levels
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Mapping.
                 * @memberof gamma.results.v1
                 * @interface IMapping
                 * @augments gamma.results.v1.Mapping.$Properties
                 * @deprecated Use gamma.results.v1.Mapping.$Properties instead.
                 */

                /**
                 * Shape of a Mapping.
                 * @typedef {gamma.results.v1.Mapping.$Properties} gamma.results.v1.Mapping.$Shape
                 */

                /**
                 * Constructs a new Mapping.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Mapping.
                 * @constructor
                 * @param {gamma.results.v1.Mapping.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Mapping = function (properties) {
                    this.levels = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Mapping levels.
                 * @member {Array.<gamma.results.v1.MappingLevel.$Properties>} levels
                 * @memberof gamma.results.v1.Mapping
                 * @instance
                 */
                Mapping.prototype.levels = $util.emptyArray;

                /**
                 * Creates a new Mapping instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Mapping
                 * @static
                 * @param {gamma.results.v1.Mapping.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Mapping} Mapping instance
                 * @type {{
                 *   (properties: gamma.results.v1.Mapping.$Shape): gamma.results.v1.Mapping & gamma.results.v1.Mapping.$Shape;
                 *   (properties?: gamma.results.v1.Mapping.$Properties): gamma.results.v1.Mapping;
                 * }}
                 */
                Mapping.create = function(properties) {
                    return new Mapping(properties);
                };

                /**
                 * Encodes the specified Mapping message. Does not implicitly {@link gamma.results.v1.Mapping.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Mapping
                 * @static
                 * @param {gamma.results.v1.Mapping.$Properties} message Mapping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mapping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.levels != null && message.levels.length)
                        for (let i = 0; i < message.levels.length; ++i)
                            $root.gamma.results.v1.MappingLevel.encode(message.levels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Mapping message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Mapping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Mapping & gamma.results.v1.Mapping.$Shape} Mapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mapping.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Mapping();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.levels && message.levels.length))
                                    message.levels = [];
                                message.levels.push($root.gamma.results.v1.MappingLevel.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Mapping;
            })();

            v1.Metrics = (function() {

                /**
                 * Properties of a Metrics.
                 * @typedef {Object} gamma.results.v1.Metrics.$Properties
                 * @property {number|null} [runtime] Metrics runtime
                 * @property {number|null} [macs] Metrics macs
                 * @property {number|null} [energy] Metrics energy
                 * @property {number|null} [edp] Metrics edp
                 * @property {number|null} [power] Metrics power
                 * @property {number|null} [area] Metrics area
                 * @property {number|null} [throughput] Metrics throughput
                 * @property {number|null} [l2Traffic] Metrics l2Traffic
                 * @property {number|null} [l1Size] Metrics l1Size
                 * @property {number|null} [l2Size] Metrics l2Size
                 * @property {number|null} [peUtilization] Metrics peUtilization
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Metrics.
                 * @memberof gamma.results.v1
                 * @interface IMetrics
                 * @augments gamma.results.v1.Metrics.$Properties
                 * @deprecated Use gamma.results.v1.Metrics.$Properties instead.
                 */

                /**
                 * Shape of a Metrics.
                 * @typedef {gamma.results.v1.Metrics.$Properties} gamma.results.v1.Metrics.$Shape
                 */

                /**
                 * Constructs a new Metrics.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a Metrics.
                 * @constructor
                 * @param {gamma.results.v1.Metrics.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Metrics = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Metrics runtime.
                 * @member {number} runtime
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.runtime = 0;

                /**
                 * Metrics macs.
                 * @member {number} macs
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.macs = 0;

                /**
                 * Metrics energy.
                 * @member {number} energy
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.energy = 0;

                /**
                 * Metrics edp.
                 * @member {number} edp
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.edp = 0;

                /**
                 * Metrics power.
                 * @member {number} power
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.power = 0;

                /**
                 * Metrics area.
                 * @member {number} area
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.area = 0;

                /**
                 * Metrics throughput.
                 * @member {number} throughput
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.throughput = 0;

                /**
                 * Metrics l2Traffic.
                 * @member {number} l2Traffic
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.l2Traffic = 0;

                /**
                 * Metrics l1Size.
                 * @member {number} l1Size
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.l1Size = 0;

                /**
                 * Metrics l2Size.
                 * @member {number} l2Size
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.l2Size = 0;

                /**
                 * Metrics peUtilization.
                 * @member {number} peUtilization
                 * @memberof gamma.results.v1.Metrics
                 * @instance
                 */
                Metrics.prototype.peUtilization = 0;

                /**
                 * Creates a new Metrics instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.Metrics
                 * @static
                 * @param {gamma.results.v1.Metrics.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.Metrics} Metrics instance
                 * @type {{
                 *   (properties: gamma.results.v1.Metrics.$Shape): gamma.results.v1.Metrics & gamma.results.v1.Metrics.$Shape;
                 *   (properties?: gamma.results.v1.Metrics.$Properties): gamma.results.v1.Metrics;
                 * }}
                 */
                Metrics.create = function(properties) {
                    return new Metrics(properties);
                };

                /**
                 * Encodes the specified Metrics message. Does not implicitly {@link gamma.results.v1.Metrics.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.Metrics
                 * @static
                 * @param {gamma.results.v1.Metrics.$Properties} message Metrics message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Metrics.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && !$Object.is(message.runtime, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.runtime);
                    if (message.macs != null && $Object.hasOwnProperty.call(message, "macs") && !$Object.is(message.macs, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.macs);
                    if (message.energy != null && $Object.hasOwnProperty.call(message, "energy") && !$Object.is(message.energy, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.energy);
                    if (message.edp != null && $Object.hasOwnProperty.call(message, "edp") && !$Object.is(message.edp, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.edp);
                    if (message.power != null && $Object.hasOwnProperty.call(message, "power") && !$Object.is(message.power, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.power);
                    if (message.area != null && $Object.hasOwnProperty.call(message, "area") && !$Object.is(message.area, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.area);
                    if (message.throughput != null && $Object.hasOwnProperty.call(message, "throughput") && !$Object.is(message.throughput, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.throughput);
                    if (message.l2Traffic != null && $Object.hasOwnProperty.call(message, "l2Traffic") && !$Object.is(message.l2Traffic, 0))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.l2Traffic);
                    if (message.l1Size != null && $Object.hasOwnProperty.call(message, "l1Size") && !$Object.is(message.l1Size, 0))
                        writer.uint32(/* id 9, wireType 1 =*/73).double(message.l1Size);
                    if (message.l2Size != null && $Object.hasOwnProperty.call(message, "l2Size") && !$Object.is(message.l2Size, 0))
                        writer.uint32(/* id 10, wireType 1 =*/81).double(message.l2Size);
                    if (message.peUtilization != null && $Object.hasOwnProperty.call(message, "peUtilization") && !$Object.is(message.peUtilization, 0))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.peUtilization);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Metrics message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.Metrics
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Metrics & gamma.results.v1.Metrics.$Shape} Metrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Metrics.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.Metrics();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.runtime = value;
                                else
                                    delete message.runtime;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.macs = value;
                                else
                                    delete message.macs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.energy = value;
                                else
                                    delete message.energy;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.edp = value;
                                else
                                    delete message.edp;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.power = value;
                                else
                                    delete message.power;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.area = value;
                                else
                                    delete message.area;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.throughput = value;
                                else
                                    delete message.throughput;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2Traffic = value;
                                else
                                    delete message.l2Traffic;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l1Size = value;
                                else
                                    delete message.l1Size;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2Size = value;
                                else
                                    delete message.l2Size;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.peUtilization = value;
                                else
                                    delete message.peUtilization;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Metrics;
            })();

            v1.EnergyBreakdown = (function() {

                /**
                 * Properties of an EnergyBreakdown.
                 * @typedef {Object} gamma.results.v1.EnergyBreakdown.$Properties
                 * @property {number|null} [macNj] EnergyBreakdown macNj
                 * @property {number|null} [l1InputNj] EnergyBreakdown l1InputNj
                 * @property {number|null} [l1WeightNj] EnergyBreakdown l1WeightNj
                 * @property {number|null} [l1OutputNj] EnergyBreakdown l1OutputNj
                 * @property {number|null} [l2InputNj] EnergyBreakdown l2InputNj
                 * @property {number|null} [l2WeightNj] EnergyBreakdown l2WeightNj
                 * @property {number|null} [l2OutputNj] EnergyBreakdown l2OutputNj
                 * @property {number|null} [dramNj] EnergyBreakdown dramNj
                 * @property {number|null} [totalNj] EnergyBreakdown totalNj
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EnergyBreakdown.
                 * @memberof gamma.results.v1
                 * @interface IEnergyBreakdown
                 * @augments gamma.results.v1.EnergyBreakdown.$Properties
                 * @deprecated Use gamma.results.v1.EnergyBreakdown.$Properties instead.
                 */

                /**
                 * Shape of an EnergyBreakdown.
                 * @typedef {gamma.results.v1.EnergyBreakdown.$Properties} gamma.results.v1.EnergyBreakdown.$Shape
                 */

                /**
                 * Constructs a new EnergyBreakdown.
                 * @memberof gamma.results.v1
                 * @classdesc Represents an EnergyBreakdown.
                 * @constructor
                 * @param {gamma.results.v1.EnergyBreakdown.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EnergyBreakdown = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EnergyBreakdown macNj.
                 * @member {number} macNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.macNj = 0;

                /**
                 * EnergyBreakdown l1InputNj.
                 * @member {number} l1InputNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.l1InputNj = 0;

                /**
                 * EnergyBreakdown l1WeightNj.
                 * @member {number} l1WeightNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.l1WeightNj = 0;

                /**
                 * EnergyBreakdown l1OutputNj.
                 * @member {number} l1OutputNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.l1OutputNj = 0;

                /**
                 * EnergyBreakdown l2InputNj.
                 * @member {number} l2InputNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.l2InputNj = 0;

                /**
                 * EnergyBreakdown l2WeightNj.
                 * @member {number} l2WeightNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.l2WeightNj = 0;

                /**
                 * EnergyBreakdown l2OutputNj.
                 * @member {number} l2OutputNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.l2OutputNj = 0;

                /**
                 * EnergyBreakdown dramNj.
                 * @member {number} dramNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.dramNj = 0;

                /**
                 * EnergyBreakdown totalNj.
                 * @member {number} totalNj
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @instance
                 */
                EnergyBreakdown.prototype.totalNj = 0;

                /**
                 * Creates a new EnergyBreakdown instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @static
                 * @param {gamma.results.v1.EnergyBreakdown.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.EnergyBreakdown} EnergyBreakdown instance
                 * @type {{
                 *   (properties: gamma.results.v1.EnergyBreakdown.$Shape): gamma.results.v1.EnergyBreakdown & gamma.results.v1.EnergyBreakdown.$Shape;
                 *   (properties?: gamma.results.v1.EnergyBreakdown.$Properties): gamma.results.v1.EnergyBreakdown;
                 * }}
                 */
                EnergyBreakdown.create = function(properties) {
                    return new EnergyBreakdown(properties);
                };

                /**
                 * Encodes the specified EnergyBreakdown message. Does not implicitly {@link gamma.results.v1.EnergyBreakdown.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @static
                 * @param {gamma.results.v1.EnergyBreakdown.$Properties} message EnergyBreakdown message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EnergyBreakdown.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.macNj != null && $Object.hasOwnProperty.call(message, "macNj") && !$Object.is(message.macNj, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.macNj);
                    if (message.l1InputNj != null && $Object.hasOwnProperty.call(message, "l1InputNj") && !$Object.is(message.l1InputNj, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.l1InputNj);
                    if (message.l1WeightNj != null && $Object.hasOwnProperty.call(message, "l1WeightNj") && !$Object.is(message.l1WeightNj, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.l1WeightNj);
                    if (message.l1OutputNj != null && $Object.hasOwnProperty.call(message, "l1OutputNj") && !$Object.is(message.l1OutputNj, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.l1OutputNj);
                    if (message.l2InputNj != null && $Object.hasOwnProperty.call(message, "l2InputNj") && !$Object.is(message.l2InputNj, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.l2InputNj);
                    if (message.l2WeightNj != null && $Object.hasOwnProperty.call(message, "l2WeightNj") && !$Object.is(message.l2WeightNj, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.l2WeightNj);
                    if (message.l2OutputNj != null && $Object.hasOwnProperty.call(message, "l2OutputNj") && !$Object.is(message.l2OutputNj, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.l2OutputNj);
                    if (message.dramNj != null && $Object.hasOwnProperty.call(message, "dramNj") && !$Object.is(message.dramNj, 0))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.dramNj);
                    if (message.totalNj != null && $Object.hasOwnProperty.call(message, "totalNj") && !$Object.is(message.totalNj, 0))
                        writer.uint32(/* id 9, wireType 1 =*/73).double(message.totalNj);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EnergyBreakdown message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.EnergyBreakdown
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.EnergyBreakdown & gamma.results.v1.EnergyBreakdown.$Shape} EnergyBreakdown
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EnergyBreakdown.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.EnergyBreakdown();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.macNj = value;
                                else
                                    delete message.macNj;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l1InputNj = value;
                                else
                                    delete message.l1InputNj;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l1WeightNj = value;
                                else
                                    delete message.l1WeightNj;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l1OutputNj = value;
                                else
                                    delete message.l1OutputNj;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2InputNj = value;
                                else
                                    delete message.l2InputNj;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2WeightNj = value;
                                else
                                    delete message.l2WeightNj;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.l2OutputNj = value;
                                else
                                    delete message.l2OutputNj;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.dramNj = value;
                                else
                                    delete message.dramNj;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.totalNj = value;
                                else
                                    delete message.totalNj;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return EnergyBreakdown;
            })();

            v1.ScoredMapping = (function() {

                /**
                 * Properties of a ScoredMapping.
                 * @typedef {Object} gamma.results.v1.ScoredMapping.$Properties
                 * @property {gamma.results.v1.Mapping.$Properties|null} [mapping] ScoredMapping mapping
                 * @property {gamma.results.v1.Metrics.$Properties|null} [metrics] ScoredMapping metrics
                 * @property {gamma.results.v1.EnergyBreakdown.$Properties|null} [energyBreakdown] ScoredMapping energyBreakdown
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ScoredMapping.
                 * @memberof gamma.results.v1
                 * @interface IScoredMapping
                 * @augments gamma.results.v1.ScoredMapping.$Properties
                 * @deprecated Use gamma.results.v1.ScoredMapping.$Properties instead.
                 */

                /**
                 * Shape of a ScoredMapping.
                 * @typedef {gamma.results.v1.ScoredMapping.$Properties} gamma.results.v1.ScoredMapping.$Shape
                 */

                /**
                 * Constructs a new ScoredMapping.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a ScoredMapping.
                 * @constructor
                 * @param {gamma.results.v1.ScoredMapping.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ScoredMapping = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ScoredMapping mapping.
                 * @member {gamma.results.v1.Mapping.$Properties|null|undefined} mapping
                 * @memberof gamma.results.v1.ScoredMapping
                 * @instance
                 */
                ScoredMapping.prototype.mapping = null;

                /**
                 * ScoredMapping metrics.
                 * @member {gamma.results.v1.Metrics.$Properties|null|undefined} metrics
                 * @memberof gamma.results.v1.ScoredMapping
                 * @instance
                 */
                ScoredMapping.prototype.metrics = null;

                /**
                 * ScoredMapping energyBreakdown.
                 * @member {gamma.results.v1.EnergyBreakdown.$Properties|null|undefined} energyBreakdown
                 * @memberof gamma.results.v1.ScoredMapping
                 * @instance
                 */
                ScoredMapping.prototype.energyBreakdown = null;

                /**
                 * Creates a new ScoredMapping instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.ScoredMapping
                 * @static
                 * @param {gamma.results.v1.ScoredMapping.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.ScoredMapping} ScoredMapping instance
                 * @type {{
                 *   (properties: gamma.results.v1.ScoredMapping.$Shape): gamma.results.v1.ScoredMapping & gamma.results.v1.ScoredMapping.$Shape;
                 *   (properties?: gamma.results.v1.ScoredMapping.$Properties): gamma.results.v1.ScoredMapping;
                 * }}
                 */
                ScoredMapping.create = function(properties) {
                    return new ScoredMapping(properties);
                };

                /**
                 * Encodes the specified ScoredMapping message. Does not implicitly {@link gamma.results.v1.ScoredMapping.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.ScoredMapping
                 * @static
                 * @param {gamma.results.v1.ScoredMapping.$Properties} message ScoredMapping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ScoredMapping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mapping != null && $Object.hasOwnProperty.call(message, "mapping"))
                        $root.gamma.results.v1.Mapping.encode(message.mapping, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                        $root.gamma.results.v1.Metrics.encode(message.metrics, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.energyBreakdown != null && $Object.hasOwnProperty.call(message, "energyBreakdown"))
                        $root.gamma.results.v1.EnergyBreakdown.encode(message.energyBreakdown, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ScoredMapping message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.ScoredMapping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ScoredMapping & gamma.results.v1.ScoredMapping.$Shape} ScoredMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ScoredMapping.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.ScoredMapping();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.mapping = $root.gamma.results.v1.Mapping.decode(reader, reader.size(), $undefined, _depth + 1, message.mapping);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.metrics = $root.gamma.results.v1.Metrics.decode(reader, reader.size(), $undefined, _depth + 1, message.metrics);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.energyBreakdown = $root.gamma.results.v1.EnergyBreakdown.decode(reader, reader.size(), $undefined, _depth + 1, message.energyBreakdown);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ScoredMapping;
            })();

            v1.HistoryPoint = (function() {

                /**
                 * Properties of a HistoryPoint.
                 * @typedef {Object} gamma.results.v1.HistoryPoint.$Properties
                 * @property {number|null} [generation] HistoryPoint generation
                 * @property {number|null} [samples] HistoryPoint samples
                 * @property {Array.<number>|null} [best] HistoryPoint best
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HistoryPoint.
                 * @memberof gamma.results.v1
                 * @interface IHistoryPoint
                 * @augments gamma.results.v1.HistoryPoint.$Properties
                 * @deprecated Use gamma.results.v1.HistoryPoint.$Properties instead.
                 */

                /**
                 * Shape of a HistoryPoint.
                 * @typedef {gamma.results.v1.HistoryPoint.$Properties} gamma.results.v1.HistoryPoint.$Shape
                 */

                /**
                 * Constructs a new HistoryPoint.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a HistoryPoint.
                 * @constructor
                 * @param {gamma.results.v1.HistoryPoint.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HistoryPoint = function (properties) {
                    this.best = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HistoryPoint generation.
                 * @member {number} generation
                 * @memberof gamma.results.v1.HistoryPoint
                 * @instance
                 */
                HistoryPoint.prototype.generation = 0;

                /**
                 * HistoryPoint samples.
                 * @member {number} samples
                 * @memberof gamma.results.v1.HistoryPoint
                 * @instance
                 */
                HistoryPoint.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HistoryPoint best.
                 * @member {Array.<number>} best
                 * @memberof gamma.results.v1.HistoryPoint
                 * @instance
                 */
                HistoryPoint.prototype.best = $util.emptyArray;

                /**
                 * Creates a new HistoryPoint instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.HistoryPoint
                 * @static
                 * @param {gamma.results.v1.HistoryPoint.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.HistoryPoint} HistoryPoint instance
                 * @type {{
                 *   (properties: gamma.results.v1.HistoryPoint.$Shape): gamma.results.v1.HistoryPoint & gamma.results.v1.HistoryPoint.$Shape;
                 *   (properties?: gamma.results.v1.HistoryPoint.$Properties): gamma.results.v1.HistoryPoint;
                 * }}
                 */
                HistoryPoint.create = function(properties) {
                    return new HistoryPoint(properties);
                };

                /**
                 * Encodes the specified HistoryPoint message. Does not implicitly {@link gamma.results.v1.HistoryPoint.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.HistoryPoint
                 * @static
                 * @param {gamma.results.v1.HistoryPoint.$Properties} message HistoryPoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HistoryPoint.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && message.generation !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.generation);
                    if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.samples);
                    if (message.best != null && message.best.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).doubles(message.best);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HistoryPoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.HistoryPoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.HistoryPoint & gamma.results.v1.HistoryPoint.$Shape} HistoryPoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HistoryPoint.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.HistoryPoint();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.samples = value;
                                else
                                    delete message.samples;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.best && message.best.length))
                                        message.best = [];
                                    reader.doubles(message.best);
                                    continue;
                                }
                                if (wireType !== 1)
                                    break;
                                if (!(message.best && message.best.length))
                                    message.best = [];
                                message.best.push(reader.double());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return HistoryPoint;
            })();

            v1.LayerResult = (function() {

                /**
                 * Properties of a LayerResult.
                 * @typedef {Object} gamma.results.v1.LayerResult.$Properties
                 * @property {string|null} [name] LayerResult name
                 * @property {number|null} [count] LayerResult count
                 * @property {Array.<string>|null} [names] LayerResult names
                 * @property {gamma.results.v1.Problem.$Properties|null} [shape] LayerResult shape
                 * @property {number|null} [lowerBound] LayerResult lowerBound
                 * @property {gamma.results.v1.ScoredMapping.$Properties|null} [best] LayerResult best
                 * @property {Array.<gamma.results.v1.ScoredMapping.$Properties>|null} [front] LayerResult front
                 * @property {Array.<gamma.results.v1.HistoryPoint.$Properties>|null} [history] LayerResult history
                 * @property {number|null} [samples] LayerResult samples
                 * @property {number|null} [validSamples] LayerResult validSamples
                 * @property {Object.<string,number>|null} [invalidReasons] LayerResult invalidReasons
                 * @property {string|null} [stopReason] LayerResult stopReason
                 * @property {number|null} [gap] LayerResult gap
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LayerResult.
                 * @memberof gamma.results.v1
                 * @interface ILayerResult
                 * @augments gamma.results.v1.LayerResult.$Properties
                 * @deprecated Use gamma.results.v1.LayerResult.$Properties instead.
                 */

                /**
                 * Shape of a LayerResult.
                 * @typedef {gamma.results.v1.LayerResult.$Properties} gamma.results.v1.LayerResult.$Shape
                 */

                /**
                 * Constructs a new LayerResult.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a LayerResult.
                 * @constructor
                 * @param {gamma.results.v1.LayerResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LayerResult = function (properties) {
                    this.names = [];
                    this.front = [];
                    this.history = [];
                    this.invalidReasons = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LayerResult name.
                 * @member {string} name
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.name = "";

                /**
                 * LayerResult count.
                 * @member {number} count
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.count = 0;

                /**
                 * LayerResult names.
                 * @member {Array.<string>} names
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.names = $util.emptyArray;

                /**
                 * LayerResult shape.
                 * @member {gamma.results.v1.Problem.$Properties|null|undefined} shape
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.shape = null;

                /**
                 * LayerResult lowerBound.
                 * @member {number} lowerBound
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.lowerBound = 0;

                /**
                 * LayerResult best.
                 * @member {gamma.results.v1.ScoredMapping.$Properties|null|undefined} best
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.best = null;

                /**
                 * LayerResult front.
                 * @member {Array.<gamma.results.v1.ScoredMapping.$Properties>} front
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.front = $util.emptyArray;

                /**
                 * LayerResult history.
                 * @member {Array.<gamma.results.v1.HistoryPoint.$Properties>} history
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.history = $util.emptyArray;

                /**
                 * LayerResult samples.
                 * @member {number} samples
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LayerResult validSamples.
                 * @member {number} validSamples
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.validSamples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LayerResult invalidReasons.
                 * @member {Object.<string,number>} invalidReasons
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.invalidReasons = $util.emptyObject;

                /**
                 * LayerResult stopReason.
                 * @member {string} stopReason
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.stopReason = "";

                /**
                 * LayerResult gap.
                 * @member {number} gap
                 * @memberof gamma.results.v1.LayerResult
                 * @instance
                 */
                LayerResult.prototype.gap = 0;

                /**
                 * Creates a new LayerResult instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.LayerResult
                 * @static
                 * @param {gamma.results.v1.LayerResult.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.LayerResult} LayerResult instance
                 * @type {{
                 *   (properties: gamma.results.v1.LayerResult.$Shape): gamma.results.v1.LayerResult & gamma.results.v1.LayerResult.$Shape;
                 *   (properties?: gamma.results.v1.LayerResult.$Properties): gamma.results.v1.LayerResult;
                 * }}
                 */
                LayerResult.create = function(properties) {
                    return new LayerResult(properties);
                };

                /**
                 * Encodes the specified LayerResult message. Does not implicitly {@link gamma.results.v1.LayerResult.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.LayerResult
                 * @static
                 * @param {gamma.results.v1.LayerResult.$Properties} message LayerResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LayerResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                    if (message.names != null && message.names.length)
                        for (let i = 0; i < message.names.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.names[i]);
                    if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                        $root.gamma.results.v1.Problem.encode(message.shape, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.lowerBound != null && $Object.hasOwnProperty.call(message, "lowerBound") && !$Object.is(message.lowerBound, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.lowerBound);
                    if (message.best != null && $Object.hasOwnProperty.call(message, "best"))
                        $root.gamma.results.v1.ScoredMapping.encode(message.best, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.front != null && message.front.length)
                        for (let i = 0; i < message.front.length; ++i)
                            $root.gamma.results.v1.ScoredMapping.encode(message.front[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.history != null && message.history.length)
                        for (let i = 0; i < message.history.length; ++i)
                            $root.gamma.results.v1.HistoryPoint.encode(message.history[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.samples);
                    if (message.validSamples != null && $Object.hasOwnProperty.call(message, "validSamples") && (typeof message.validSamples === "object" ? message.validSamples.low || message.validSamples.high : message.validSamples !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.validSamples);
                    if (message.invalidReasons != null && $Object.hasOwnProperty.call(message, "invalidReasons"))
                        for (let keys = $Object.keys(message.invalidReasons), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.invalidReasons[keys[i]]).ldelim();
                    if (message.stopReason != null && $Object.hasOwnProperty.call(message, "stopReason") && message.stopReason !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.stopReason);
                    if (message.gap != null && $Object.hasOwnProperty.call(message, "gap") && !$Object.is(message.gap, 0))
                        writer.uint32(/* id 13, wireType 1 =*/105).double(message.gap);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LayerResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.LayerResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.LayerResult & gamma.results.v1.LayerResult.$Shape} LayerResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LayerResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.LayerResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.names && message.names.length))
                                    message.names = [];
                                message.names.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.shape = $root.gamma.results.v1.Problem.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lowerBound = value;
                                else
                                    delete message.lowerBound;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.best = $root.gamma.results.v1.ScoredMapping.decode(reader, reader.size(), $undefined, _depth + 1, message.best);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.front && message.front.length))
                                    message.front = [];
                                message.front.push($root.gamma.results.v1.ScoredMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.history && message.history.length))
                                    message.history = [];
                                message.history.push($root.gamma.results.v1.HistoryPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.samples = value;
                                else
                                    delete message.samples;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validSamples = value;
                                else
                                    delete message.validSamples;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if (message.invalidReasons === $util.emptyObject)
                                    message.invalidReasons = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 0)
                                            break;
                                        value = reader.uint64();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.invalidReasons, key);
                                message.invalidReasons[key] = value;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stopReason = value;
                                else
                                    delete message.stopReason;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.gap = value;
                                else
                                    delete message.gap;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return LayerResult;
            })();

            v1.ModelTotals = (function() {

                /**
                 * Properties of a ModelTotals.
                 * @typedef {Object} gamma.results.v1.ModelTotals.$Properties
                 * @property {number|null} [runtime] ModelTotals runtime
                 * @property {number|null} [energy] ModelTotals energy
                 * @property {number|null} [macs] ModelTotals macs
                 * @property {number|null} [samples] ModelTotals samples
                 * @property {number|null} [layersWithoutValidMapping] ModelTotals layersWithoutValidMapping
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ModelTotals.
                 * @memberof gamma.results.v1
                 * @interface IModelTotals
                 * @augments gamma.results.v1.ModelTotals.$Properties
                 * @deprecated Use gamma.results.v1.ModelTotals.$Properties instead.
                 */

                /**
                 * Shape of a ModelTotals.
                 * @typedef {gamma.results.v1.ModelTotals.$Properties} gamma.results.v1.ModelTotals.$Shape
                 */

                /**
                 * Constructs a new ModelTotals.
                 * @memberof gamma.results.v1
                 * @classdesc Represents a ModelTotals.
                 * @constructor
                 * @param {gamma.results.v1.ModelTotals.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ModelTotals = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ModelTotals runtime.
                 * @member {number} runtime
                 * @memberof gamma.results.v1.ModelTotals
                 * @instance
                 */
                ModelTotals.prototype.runtime = 0;

                /**
                 * ModelTotals energy.
                 * @member {number} energy
                 * @memberof gamma.results.v1.ModelTotals
                 * @instance
                 */
                ModelTotals.prototype.energy = 0;

                /**
                 * ModelTotals macs.
                 * @member {number} macs
                 * @memberof gamma.results.v1.ModelTotals
                 * @instance
                 */
                ModelTotals.prototype.macs = 0;

                /**
                 * ModelTotals samples.
                 * @member {number} samples
                 * @memberof gamma.results.v1.ModelTotals
                 * @instance
                 */
                ModelTotals.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ModelTotals layersWithoutValidMapping.
                 * @member {number} layersWithoutValidMapping
                 * @memberof gamma.results.v1.ModelTotals
                 * @instance
                 */
                ModelTotals.prototype.layersWithoutValidMapping = 0;

                /**
                 * Creates a new ModelTotals instance using the specified properties.
                 * @function create
                 * @memberof gamma.results.v1.ModelTotals
                 * @static
                 * @param {gamma.results.v1.ModelTotals.$Properties=} [properties] Properties to set
                 * @returns {gamma.results.v1.ModelTotals} ModelTotals instance
                 * @type {{
                 *   (properties: gamma.results.v1.ModelTotals.$Shape): gamma.results.v1.ModelTotals & gamma.results.v1.ModelTotals.$Shape;
                 *   (properties?: gamma.results.v1.ModelTotals.$Properties): gamma.results.v1.ModelTotals;
                 * }}
                 */
                ModelTotals.create = function(properties) {
                    return new ModelTotals(properties);
                };

                /**
                 * Encodes the specified ModelTotals message. Does not implicitly {@link gamma.results.v1.ModelTotals.verify|verify} messages.
                 * @function encode
                 * @memberof gamma.results.v1.ModelTotals
                 * @static
                 * @param {gamma.results.v1.ModelTotals.$Properties} message ModelTotals message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ModelTotals.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && !$Object.is(message.runtime, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.runtime);
                    if (message.energy != null && $Object.hasOwnProperty.call(message, "energy") && !$Object.is(message.energy, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.energy);
                    if (message.macs != null && $Object.hasOwnProperty.call(message, "macs") && !$Object.is(message.macs, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.macs);
                    if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.samples);
                    if (message.layersWithoutValidMapping != null && $Object.hasOwnProperty.call(message, "layersWithoutValidMapping") && message.layersWithoutValidMapping !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.layersWithoutValidMapping);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ModelTotals message from the specified reader or buffer.
                 * @function decode
                 * @memberof gamma.results.v1.ModelTotals
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ModelTotals & gamma.results.v1.ModelTotals.$Shape} ModelTotals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ModelTotals.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.gamma.results.v1.ModelTotals();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.runtime = value;
                                else
                                    delete message.runtime;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.energy = value;
                                else
                                    delete message.energy;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.macs = value;
                                else
                                    delete message.macs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.samples = value;
                                else
                                    delete message.samples;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.layersWithoutValidMapping = value;
                                else
                                    delete message.layersWithoutValidMapping;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ModelTotals;
            })();

            return v1;
        })();

        return results;
    })();

    return gamma;
})();

export {
  $root as default
};
