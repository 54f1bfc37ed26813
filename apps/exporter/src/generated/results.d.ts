import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace gamma. */
export namespace gamma {

    /** Namespace results. */
    namespace results {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ResultsFile.
             * @deprecated Use gamma.results.v1.ResultsFile.$Properties instead.
             */
            interface IResultsFile extends gamma.results.v1.ResultsFile.$Properties {
            }

            /** Represents a ResultsFile. */
            class ResultsFile {

                /**
                 * Constructs a new ResultsFile.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.ResultsFile.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResultsFile header. */
                header?: (gamma.results.v1.Header.$Properties|null);

                /** ResultsFile payload. */
                payload: Uint8Array;

                /** ResultsFile payloadCrc32. */
                payloadCrc32: number;

                /**
                 * Creates a new ResultsFile instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResultsFile instance
                 */
                static create(properties: gamma.results.v1.ResultsFile.$Shape): gamma.results.v1.ResultsFile & gamma.results.v1.ResultsFile.$Shape;
                static create(properties?: gamma.results.v1.ResultsFile.$Properties): gamma.results.v1.ResultsFile;

                /**
                 * Encodes the specified ResultsFile message. Does not implicitly {@link gamma.results.v1.ResultsFile.verify|verify} messages.
                 * @param message ResultsFile message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.ResultsFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResultsFile message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ResultsFile & gamma.results.v1.ResultsFile.$Shape} ResultsFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.ResultsFile & gamma.results.v1.ResultsFile.$Shape;
            }

            namespace ResultsFile {

                /** Properties of a ResultsFile. */
                interface $Properties {

                    /** ResultsFile header */
                    header?: (gamma.results.v1.Header.$Properties|null);

                    /** ResultsFile payload */
                    payload?: (Uint8Array|null);

                    /** ResultsFile payloadCrc32 */
                    payloadCrc32?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResultsFile. */
                type $Shape = gamma.results.v1.ResultsFile.$Properties;
            }

            /**
             * Properties of a Header.
             * @deprecated Use gamma.results.v1.Header.$Properties instead.
             */
            interface IHeader extends gamma.results.v1.Header.$Properties {
            }

            /** Represents a Header. */
            class Header {

                /**
                 * Constructs a new Header.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Header.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Header tool. */
                tool: string;

                /** Header toolVersion. */
                toolVersion: string;

                /** Header schemaMajor. */
                schemaMajor: number;

                /** Header schemaMinor. */
                schemaMinor: number;

                /**
                 * Creates a new Header instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Header instance
                 */
                static create(properties: gamma.results.v1.Header.$Shape): gamma.results.v1.Header & gamma.results.v1.Header.$Shape;
                static create(properties?: gamma.results.v1.Header.$Properties): gamma.results.v1.Header;

                /**
                 * Encodes the specified Header message. Does not implicitly {@link gamma.results.v1.Header.verify|verify} messages.
                 * @param message Header message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Header message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Header & gamma.results.v1.Header.$Shape} Header
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Header & gamma.results.v1.Header.$Shape;
            }

            namespace Header {

                /** Properties of a Header. */
                interface $Properties {

                    /** Header tool */
                    tool?: (string|null);

                    /** Header toolVersion */
                    toolVersion?: (string|null);

                    /** Header schemaMajor */
                    schemaMajor?: (number|null);

                    /** Header schemaMinor */
                    schemaMinor?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Header. */
                type $Shape = gamma.results.v1.Header.$Properties;
            }

            /**
             * Properties of a Results.
             * @deprecated Use gamma.results.v1.Results.$Properties instead.
             */
            interface IResults extends gamma.results.v1.Results.$Properties {
            }

            /** Represents a Results. */
            class Results {

                /**
                 * Constructs a new Results.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Results.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Results run. */
                run?: (gamma.results.v1.Run.$Properties|null);

                /** Results layers. */
                layers: gamma.results.v1.LayerResult.$Properties[];

                /** Results totals. */
                totals?: (gamma.results.v1.ModelTotals.$Properties|null);

                /**
                 * Creates a new Results instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Results instance
                 */
                static create(properties: gamma.results.v1.Results.$Shape): gamma.results.v1.Results & gamma.results.v1.Results.$Shape;
                static create(properties?: gamma.results.v1.Results.$Properties): gamma.results.v1.Results;

                /**
                 * Encodes the specified Results message. Does not implicitly {@link gamma.results.v1.Results.verify|verify} messages.
                 * @param message Results message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Results.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Results message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Results & gamma.results.v1.Results.$Shape} Results
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Results & gamma.results.v1.Results.$Shape;
            }

            namespace Results {

                /** Properties of a Results. */
                interface $Properties {

                    /** Results run */
                    run?: (gamma.results.v1.Run.$Properties|null);

                    /** Results layers */
                    layers?: (gamma.results.v1.LayerResult.$Properties[]|null);

                    /** Results totals */
                    totals?: (gamma.results.v1.ModelTotals.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Results. */
                type $Shape = gamma.results.v1.Results.$Properties;
            }

            /**
             * Properties of a Run.
             * @deprecated Use gamma.results.v1.Run.$Properties instead.
             */
            interface IRun extends gamma.results.v1.Run.$Properties {
            }

            /** Represents a Run. */
            class Run {

                /**
                 * Constructs a new Run.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Run.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Run seed. */
                seed: number;

                /** Run algorithm. */
                algorithm: string;

                /** Run hardware. */
                hardware?: (gamma.results.v1.Hardware.$Properties|null);

                /** Run objectives. */
                objectives: string[];

                /** Run constraints. */
                constraints: gamma.results.v1.MetricConstraint.$Properties[];

                /** Run budget. */
                budget?: (gamma.results.v1.Budget.$Properties|null);

                /** Run populationSize. */
                populationSize: number;

                /** Run operatorRates. */
                operatorRates?: (gamma.results.v1.OperatorRates.$Properties|null);

                /** Run levelsMin. */
                levelsMin: number;

                /** Run levelsMax. */
                levelsMax: number;

                /** Run factorsOnly. */
                factorsOnly: boolean;

                /** Run model. */
                model: string;

                /** Run workers. */
                workers: number;

                /** Run startedAt. */
                startedAt: string;

                /** Run endedAt. */
                endedAt: string;

                /** Run stopReason. */
                stopReason: string;

                /** Run objectiveWeights. */
                objectiveWeights?: (gamma.results.v1.ObjectiveWeights.$Properties|null);

                /**
                 * Creates a new Run instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Run instance
                 */
                static create(properties: gamma.results.v1.Run.$Shape): gamma.results.v1.Run & gamma.results.v1.Run.$Shape;
                static create(properties?: gamma.results.v1.Run.$Properties): gamma.results.v1.Run;

                /**
                 * Encodes the specified Run message. Does not implicitly {@link gamma.results.v1.Run.verify|verify} messages.
                 * @param message Run message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Run.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Run message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Run & gamma.results.v1.Run.$Shape} Run
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Run & gamma.results.v1.Run.$Shape;
            }

            namespace Run {

                /** Properties of a Run. */
                interface $Properties {

                    /** Run seed */
                    seed?: (number|null);

                    /** Run algorithm */
                    algorithm?: (string|null);

                    /** Run hardware */
                    hardware?: (gamma.results.v1.Hardware.$Properties|null);

                    /** Run objectives */
                    objectives?: (string[]|null);

                    /** Run constraints */
                    constraints?: (gamma.results.v1.MetricConstraint.$Properties[]|null);

                    /** Run budget */
                    budget?: (gamma.results.v1.Budget.$Properties|null);

                    /** Run populationSize */
                    populationSize?: (number|null);

                    /** Run operatorRates */
                    operatorRates?: (gamma.results.v1.OperatorRates.$Properties|null);

                    /** Run levelsMin */
                    levelsMin?: (number|null);

                    /** Run levelsMax */
                    levelsMax?: (number|null);

                    /** Run factorsOnly */
                    factorsOnly?: (boolean|null);

                    /** Run model */
                    model?: (string|null);

                    /** Run workers */
                    workers?: (number|null);

                    /** Run startedAt */
                    startedAt?: (string|null);

                    /** Run endedAt */
                    endedAt?: (string|null);

                    /** Run stopReason */
                    stopReason?: (string|null);

                    /** Run objectiveWeights */
                    objectiveWeights?: (gamma.results.v1.ObjectiveWeights.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Run. */
                type $Shape = gamma.results.v1.Run.$Properties;
            }

            /**
             * Properties of an ObjectiveWeights.
             * @deprecated Use gamma.results.v1.ObjectiveWeights.$Properties instead.
             */
            interface IObjectiveWeights extends gamma.results.v1.ObjectiveWeights.$Properties {
            }

            /** Represents an ObjectiveWeights. */
            class ObjectiveWeights {

                /**
                 * Constructs a new ObjectiveWeights.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.ObjectiveWeights.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ObjectiveWeights weights. */
                weights: number[];

                /**
                 * Creates a new ObjectiveWeights instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ObjectiveWeights instance
                 */
                static create(properties: gamma.results.v1.ObjectiveWeights.$Shape): gamma.results.v1.ObjectiveWeights & gamma.results.v1.ObjectiveWeights.$Shape;
                static create(properties?: gamma.results.v1.ObjectiveWeights.$Properties): gamma.results.v1.ObjectiveWeights;

                /**
                 * Encodes the specified ObjectiveWeights message. Does not implicitly {@link gamma.results.v1.ObjectiveWeights.verify|verify} messages.
                 * @param message ObjectiveWeights message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.ObjectiveWeights.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ObjectiveWeights message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ObjectiveWeights & gamma.results.v1.ObjectiveWeights.$Shape} ObjectiveWeights
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.ObjectiveWeights & gamma.results.v1.ObjectiveWeights.$Shape;
            }

            namespace ObjectiveWeights {

                /** Properties of an ObjectiveWeights. */
                interface $Properties {

                    /** ObjectiveWeights weights */
                    weights?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ObjectiveWeights. */
                type $Shape = gamma.results.v1.ObjectiveWeights.$Properties;
            }

            /**
             * Properties of a Hardware.
             * @deprecated Use gamma.results.v1.Hardware.$Properties instead.
             */
            interface IHardware extends gamma.results.v1.Hardware.$Properties {
            }

            /** Represents a Hardware. */
            class Hardware {

                /**
                 * Constructs a new Hardware.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Hardware.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hardware name. */
                name: string;

                /** Hardware numPes. */
                numPes: number;

                /** Hardware l1CapacityElements. */
                l1CapacityElements: number;

                /** Hardware l2CapacityElements. */
                l2CapacityElements: number;

                /** Hardware nocBandwidth. */
                nocBandwidth: number;

                /** Hardware nocHops. */
                nocHops: number;

                /** Hardware nocHopLatency. */
                nocHopLatency: number;

                /** Hardware offchipBandwidth. */
                offchipBandwidth: number;

                /** Hardware wordBits. */
                wordBits: number;

                /** Hardware energy. */
                energy?: (gamma.results.v1.EnergyConstants.$Properties|null);

                /**
                 * Creates a new Hardware instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hardware instance
                 */
                static create(properties: gamma.results.v1.Hardware.$Shape): gamma.results.v1.Hardware & gamma.results.v1.Hardware.$Shape;
                static create(properties?: gamma.results.v1.Hardware.$Properties): gamma.results.v1.Hardware;

                /**
                 * Encodes the specified Hardware message. Does not implicitly {@link gamma.results.v1.Hardware.verify|verify} messages.
                 * @param message Hardware message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Hardware.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hardware message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Hardware & gamma.results.v1.Hardware.$Shape} Hardware
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Hardware & gamma.results.v1.Hardware.$Shape;
            }

            namespace Hardware {

                /** Properties of a Hardware. */
                interface $Properties {

                    /** Hardware name */
                    name?: (string|null);

                    /** Hardware numPes */
                    numPes?: (number|null);

                    /** Hardware l1CapacityElements */
                    l1CapacityElements?: (number|null);

                    /** Hardware l2CapacityElements */
                    l2CapacityElements?: (number|null);

                    /** Hardware nocBandwidth */
                    nocBandwidth?: (number|null);

                    /** Hardware nocHops */
                    nocHops?: (number|null);

                    /** Hardware nocHopLatency */
                    nocHopLatency?: (number|null);

                    /** Hardware offchipBandwidth */
                    offchipBandwidth?: (number|null);

                    /** Hardware wordBits */
                    wordBits?: (number|null);

                    /** Hardware energy */
                    energy?: (gamma.results.v1.EnergyConstants.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hardware. */
                type $Shape = gamma.results.v1.Hardware.$Properties;
            }

            /**
             * Properties of an EnergyConstants.
             * @deprecated Use gamma.results.v1.EnergyConstants.$Properties instead.
             */
            interface IEnergyConstants extends gamma.results.v1.EnergyConstants.$Properties {
            }

            /** Represents an EnergyConstants. */
            class EnergyConstants {

                /**
                 * Constructs a new EnergyConstants.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.EnergyConstants.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnergyConstants macNj. */
                macNj: number;

                /** EnergyConstants l1AccessNj. */
                l1AccessNj: number;

                /** EnergyConstants l2AccessNj. */
                l2AccessNj: number;

                /** EnergyConstants dramAccessNj. */
                dramAccessNj: number;

                /**
                 * Creates a new EnergyConstants instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EnergyConstants instance
                 */
                static create(properties: gamma.results.v1.EnergyConstants.$Shape): gamma.results.v1.EnergyConstants & gamma.results.v1.EnergyConstants.$Shape;
                static create(properties?: gamma.results.v1.EnergyConstants.$Properties): gamma.results.v1.EnergyConstants;

                /**
                 * Encodes the specified EnergyConstants message. Does not implicitly {@link gamma.results.v1.EnergyConstants.verify|verify} messages.
                 * @param message EnergyConstants message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.EnergyConstants.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnergyConstants message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.EnergyConstants & gamma.results.v1.EnergyConstants.$Shape} EnergyConstants
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.EnergyConstants & gamma.results.v1.EnergyConstants.$Shape;
            }

            namespace EnergyConstants {

                /** Properties of an EnergyConstants. */
                interface $Properties {

                    /** EnergyConstants macNj */
                    macNj?: (number|null);

                    /** EnergyConstants l1AccessNj */
                    l1AccessNj?: (number|null);

                    /** EnergyConstants l2AccessNj */
                    l2AccessNj?: (number|null);

                    /** EnergyConstants dramAccessNj */
                    dramAccessNj?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnergyConstants. */
                type $Shape = gamma.results.v1.EnergyConstants.$Properties;
            }

            /**
             * Properties of a MetricConstraint.
             * @deprecated Use gamma.results.v1.MetricConstraint.$Properties instead.
             */
            interface IMetricConstraint extends gamma.results.v1.MetricConstraint.$Properties {
            }

            /** Represents a MetricConstraint. */
            class MetricConstraint {

                /**
                 * Constructs a new MetricConstraint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.MetricConstraint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MetricConstraint metric. */
                metric: string;

                /** MetricConstraint max. */
                max: number;

                /**
                 * Creates a new MetricConstraint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MetricConstraint instance
                 */
                static create(properties: gamma.results.v1.MetricConstraint.$Shape): gamma.results.v1.MetricConstraint & gamma.results.v1.MetricConstraint.$Shape;
                static create(properties?: gamma.results.v1.MetricConstraint.$Properties): gamma.results.v1.MetricConstraint;

                /**
                 * Encodes the specified MetricConstraint message. Does not implicitly {@link gamma.results.v1.MetricConstraint.verify|verify} messages.
                 * @param message MetricConstraint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.MetricConstraint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MetricConstraint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.MetricConstraint & gamma.results.v1.MetricConstraint.$Shape} MetricConstraint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.MetricConstraint & gamma.results.v1.MetricConstraint.$Shape;
            }

            namespace MetricConstraint {

                /** Properties of a MetricConstraint. */
                interface $Properties {

                    /** MetricConstraint metric */
                    metric?: (string|null);

                    /** MetricConstraint max */
                    max?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MetricConstraint. */
                type $Shape = gamma.results.v1.MetricConstraint.$Properties;
            }

            /**
             * Properties of a Budget.
             * @deprecated Use gamma.results.v1.Budget.$Properties instead.
             */
            interface IBudget extends gamma.results.v1.Budget.$Properties {
            }

            /** Represents a Budget. */
            class Budget {

                /**
                 * Constructs a new Budget.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Budget.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Budget samples. */
                samples?: (number|null);

                /** Budget generations. */
                generations?: (number|null);

                /** Budget timeMs. */
                timeMs?: (number|null);

                /** Budget patience. */
                patience?: (number|null);

                /**
                 * Creates a new Budget instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Budget instance
                 */
                static create(properties: gamma.results.v1.Budget.$Shape): gamma.results.v1.Budget & gamma.results.v1.Budget.$Shape;
                static create(properties?: gamma.results.v1.Budget.$Properties): gamma.results.v1.Budget;

                /**
                 * Encodes the specified Budget message. Does not implicitly {@link gamma.results.v1.Budget.verify|verify} messages.
                 * @param message Budget message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Budget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Budget message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Budget & gamma.results.v1.Budget.$Shape} Budget
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Budget & gamma.results.v1.Budget.$Shape;
            }

            namespace Budget {

                /** Properties of a Budget. */
                interface $Properties {

                    /** Budget samples */
                    samples?: (number|null);

                    /** Budget generations */
                    generations?: (number|null);

                    /** Budget timeMs */
                    timeMs?: (number|null);

                    /** Budget patience */
                    patience?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Budget. */
                type $Shape = gamma.results.v1.Budget.$Properties;
            }

            /**
             * Properties of an OperatorRates.
             * @deprecated Use gamma.results.v1.OperatorRates.$Properties instead.
             */
            interface IOperatorRates extends gamma.results.v1.OperatorRates.$Properties {
            }

            /** Represents an OperatorRates. */
            class OperatorRates {

                /**
                 * Constructs a new OperatorRates.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.OperatorRates.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OperatorRates crossover. */
                crossover: number;

                /** OperatorRates reorder. */
                reorder: number;

                /** OperatorRates tileMutation. */
                tileMutation: number;

                /** OperatorRates tileMutationLoci. */
                tileMutationLoci: number;

                /** OperatorRates parallelMutation. */
                parallelMutation: number;

                /** OperatorRates levelGrowth. */
                levelGrowth: number;

                /** OperatorRates levelAging. */
                levelAging: number;

                /**
                 * Creates a new OperatorRates instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OperatorRates instance
                 */
                static create(properties: gamma.results.v1.OperatorRates.$Shape): gamma.results.v1.OperatorRates & gamma.results.v1.OperatorRates.$Shape;
                static create(properties?: gamma.results.v1.OperatorRates.$Properties): gamma.results.v1.OperatorRates;

                /**
                 * Encodes the specified OperatorRates message. Does not implicitly {@link gamma.results.v1.OperatorRates.verify|verify} messages.
                 * @param message OperatorRates message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.OperatorRates.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OperatorRates message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.OperatorRates & gamma.results.v1.OperatorRates.$Shape} OperatorRates
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.OperatorRates & gamma.results.v1.OperatorRates.$Shape;
            }

            namespace OperatorRates {

                /** Properties of an OperatorRates. */
                interface $Properties {

                    /** OperatorRates crossover */
                    crossover?: (number|null);

                    /** OperatorRates reorder */
                    reorder?: (number|null);

                    /** OperatorRates tileMutation */
                    tileMutation?: (number|null);

                    /** OperatorRates tileMutationLoci */
                    tileMutationLoci?: (number|null);

                    /** OperatorRates parallelMutation */
                    parallelMutation?: (number|null);

                    /** OperatorRates levelGrowth */
                    levelGrowth?: (number|null);

                    /** OperatorRates levelAging */
                    levelAging?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OperatorRates. */
                type $Shape = gamma.results.v1.OperatorRates.$Properties;
            }

            /** Dim enum. */
            enum Dim {

                /** DIM_UNSPECIFIED value */
                DIM_UNSPECIFIED = 0,

                /** DIM_K value */
                DIM_K = 1,

                /** DIM_C value */
                DIM_C = 2,

                /** DIM_Y value */
                DIM_Y = 3,

                /** DIM_X value */
                DIM_X = 4,

                /** DIM_R value */
                DIM_R = 5,

                /** DIM_S value */
                DIM_S = 6
            }

            /** LayerOp enum. */
            enum LayerOp {

                /** LAYER_OP_UNSPECIFIED value */
                LAYER_OP_UNSPECIFIED = 0,

                /** LAYER_OP_CONV value */
                LAYER_OP_CONV = 1,

                /** LAYER_OP_DSCONV value */
                LAYER_OP_DSCONV = 2
            }

            /**
             * Properties of a Problem.
             * @deprecated Use gamma.results.v1.Problem.$Properties instead.
             */
            interface IProblem extends gamma.results.v1.Problem.$Properties {
            }

            /** Represents a Problem. */
            class Problem {

                /**
                 * Constructs a new Problem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Problem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Problem op. */
                op: gamma.results.v1.LayerOp;

                /** Problem name. */
                name: string;

                /** Problem k. */
                k: number;

                /** Problem c. */
                c: number;

                /** Problem y. */
                y: number;

                /** Problem x. */
                x: number;

                /** Problem r. */
                r: number;

                /** Problem s. */
                s: number;

                /** Problem strideY. */
                strideY: number;

                /** Problem strideX. */
                strideX: number;

                /** Problem repeat. */
                repeat: number;

                /**
                 * Creates a new Problem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Problem instance
                 */
                static create(properties: gamma.results.v1.Problem.$Shape): gamma.results.v1.Problem & gamma.results.v1.Problem.$Shape;
                static create(properties?: gamma.results.v1.Problem.$Properties): gamma.results.v1.Problem;

                /**
                 * Encodes the specified Problem message. Does not implicitly {@link gamma.results.v1.Problem.verify|verify} messages.
                 * @param message Problem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Problem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Problem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Problem & gamma.results.v1.Problem.$Shape} Problem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Problem & gamma.results.v1.Problem.$Shape;
            }

            namespace Problem {

                /** Properties of a Problem. */
                interface $Properties {

                    /** Problem op */
                    op?: (gamma.results.v1.LayerOp|null);

                    /** Problem name */
                    name?: (string|null);

                    /** Problem k */
                    k?: (number|null);

                    /** Problem c */
                    c?: (number|null);

                    /** Problem y */
                    y?: (number|null);

                    /** Problem x */
                    x?: (number|null);

                    /** Problem r */
                    r?: (number|null);

                    /** Problem s */
                    s?: (number|null);

                    /** Problem strideY */
                    strideY?: (number|null);

                    /** Problem strideX */
                    strideX?: (number|null);

                    /** Problem repeat */
                    repeat?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Problem. */
                type $Shape = gamma.results.v1.Problem.$Properties;
            }

            /**
             * Properties of a LoopTile.
             * @deprecated Use gamma.results.v1.LoopTile.$Properties instead.
             */
            interface ILoopTile extends gamma.results.v1.LoopTile.$Properties {
            }

            /** Represents a LoopTile. */
            class LoopTile {

                /**
                 * Constructs a new LoopTile.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.LoopTile.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoopTile dim. */
                dim: gamma.results.v1.Dim;

                /** LoopTile tile. */
                tile: number;

                /**
                 * Creates a new LoopTile instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoopTile instance
                 */
                static create(properties: gamma.results.v1.LoopTile.$Shape): gamma.results.v1.LoopTile & gamma.results.v1.LoopTile.$Shape;
                static create(properties?: gamma.results.v1.LoopTile.$Properties): gamma.results.v1.LoopTile;

                /**
                 * Encodes the specified LoopTile message. Does not implicitly {@link gamma.results.v1.LoopTile.verify|verify} messages.
                 * @param message LoopTile message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.LoopTile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoopTile message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.LoopTile & gamma.results.v1.LoopTile.$Shape} LoopTile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.LoopTile & gamma.results.v1.LoopTile.$Shape;
            }

            namespace LoopTile {

                /** Properties of a LoopTile. */
                interface $Properties {

                    /** LoopTile dim */
                    dim?: (gamma.results.v1.Dim|null);

                    /** LoopTile tile */
                    tile?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LoopTile. */
                type $Shape = gamma.results.v1.LoopTile.$Properties;
            }

            /**
             * Properties of a MappingLevel.
             * @deprecated Use gamma.results.v1.MappingLevel.$Properties instead.
             */
            interface IMappingLevel extends gamma.results.v1.MappingLevel.$Properties {
            }

            /** Represents a MappingLevel. */
            class MappingLevel {

                /**
                 * Constructs a new MappingLevel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.MappingLevel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MappingLevel parallel. */
                parallel: gamma.results.v1.Dim;

                /** MappingLevel clusterSize. */
                clusterSize?: (number|null);

                /** MappingLevel loops. */
                loops: gamma.results.v1.LoopTile.$Properties[];

                /**
                 * Creates a new MappingLevel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MappingLevel instance
                 */
                static create(properties: gamma.results.v1.MappingLevel.$Shape): gamma.results.v1.MappingLevel & gamma.results.v1.MappingLevel.$Shape;
                static create(properties?: gamma.results.v1.MappingLevel.$Properties): gamma.results.v1.MappingLevel;

                /**
                 * Encodes the specified MappingLevel message. Does not implicitly {@link gamma.results.v1.MappingLevel.verify|verify} messages.
                 * @param message MappingLevel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.MappingLevel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MappingLevel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.MappingLevel & gamma.results.v1.MappingLevel.$Shape} MappingLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.MappingLevel & gamma.results.v1.MappingLevel.$Shape;
            }

            namespace MappingLevel {

                /** Properties of a MappingLevel. */
                interface $Properties {

                    /** MappingLevel parallel */
                    parallel?: (gamma.results.v1.Dim|null);

                    /** MappingLevel clusterSize */
                    clusterSize?: (number|null);

                    /** MappingLevel loops */
                    loops?: (gamma.results.v1.LoopTile.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MappingLevel. */
                type $Shape = gamma.results.v1.MappingLevel.$Properties;
            }

            /**
             * Properties of a Mapping.
             * @deprecated Use gamma.results.v1.Mapping.$Properties instead.
             */
            interface IMapping extends gamma.results.v1.Mapping.$Properties {
            }

            /** Represents a Mapping. */
            class Mapping {

                /**
                 * Constructs a new Mapping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Mapping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Mapping levels. */
                levels: gamma.results.v1.MappingLevel.$Properties[];

                /**
                 * Creates a new Mapping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Mapping instance
                 */
                static create(properties: gamma.results.v1.Mapping.$Shape): gamma.results.v1.Mapping & gamma.results.v1.Mapping.$Shape;
                static create(properties?: gamma.results.v1.Mapping.$Properties): gamma.results.v1.Mapping;

                /**
                 * Encodes the specified Mapping message. Does not implicitly {@link gamma.results.v1.Mapping.verify|verify} messages.
                 * @param message Mapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Mapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Mapping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Mapping & gamma.results.v1.Mapping.$Shape} Mapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Mapping & gamma.results.v1.Mapping.$Shape;
            }

            namespace Mapping {

                /** Properties of a Mapping. */
                interface $Properties {

                    /** Mapping levels */
                    levels?: (gamma.results.v1.MappingLevel.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Mapping. */
                type $Shape = gamma.results.v1.Mapping.$Properties;
            }

            /**
             * Properties of a Metrics.
             * @deprecated Use gamma.results.v1.Metrics.$Properties instead.
             */
            interface IMetrics extends gamma.results.v1.Metrics.$Properties {
            }

            /** Represents a Metrics. */
            class Metrics {

                /**
                 * Constructs a new Metrics.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.Metrics.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Metrics runtime. */
                runtime: number;

                /** Metrics macs. */
                macs: number;

                /** Metrics energy. */
                energy: number;

                /** Metrics edp. */
                edp: number;

                /** Metrics power. */
                power: number;

                /** Metrics area. */
                area: number;

                /** Metrics throughput. */
                throughput: number;

                /** Metrics l2Traffic. */
                l2Traffic: number;

                /** Metrics l1Size. */
                l1Size: number;

                /** Metrics l2Size. */
                l2Size: number;

                /** Metrics peUtilization. */
                peUtilization: number;

                /**
                 * Creates a new Metrics instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Metrics instance
                 */
                static create(properties: gamma.results.v1.Metrics.$Shape): gamma.results.v1.Metrics & gamma.results.v1.Metrics.$Shape;
                static create(properties?: gamma.results.v1.Metrics.$Properties): gamma.results.v1.Metrics;

                /**
                 * Encodes the specified Metrics message. Does not implicitly {@link gamma.results.v1.Metrics.verify|verify} messages.
                 * @param message Metrics message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Metrics message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.Metrics & gamma.results.v1.Metrics.$Shape} Metrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.Metrics & gamma.results.v1.Metrics.$Shape;
            }

            namespace Metrics {

                /** Properties of a Metrics. */
                interface $Properties {

                    /** Metrics runtime */
                    runtime?: (number|null);

                    /** Metrics macs */
                    macs?: (number|null);

                    /** Metrics energy */
                    energy?: (number|null);

                    /** Metrics edp */
                    edp?: (number|null);

                    /** Metrics power */
                    power?: (number|null);

                    /** Metrics area */
                    area?: (number|null);

                    /** Metrics throughput */
                    throughput?: (number|null);

                    /** Metrics l2Traffic */
                    l2Traffic?: (number|null);

                    /** Metrics l1Size */
                    l1Size?: (number|null);

                    /** Metrics l2Size */
                    l2Size?: (number|null);

                    /** Metrics peUtilization */
                    peUtilization?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Metrics. */
                type $Shape = gamma.results.v1.Metrics.$Properties;
            }

            /**
             * Properties of an EnergyBreakdown.
             * @deprecated Use gamma.results.v1.EnergyBreakdown.$Properties instead.
             */
            interface IEnergyBreakdown extends gamma.results.v1.EnergyBreakdown.$Properties {
            }

            /** Represents an EnergyBreakdown. */
            class EnergyBreakdown {

                /**
                 * Constructs a new EnergyBreakdown.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.EnergyBreakdown.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnergyBreakdown macNj. */
                macNj: number;

                /** EnergyBreakdown l1InputNj. */
                l1InputNj: number;

                /** EnergyBreakdown l1WeightNj. */
                l1WeightNj: number;

                /** EnergyBreakdown l1OutputNj. */
                l1OutputNj: number;

                /** EnergyBreakdown l2InputNj. */
                l2InputNj: number;

                /** EnergyBreakdown l2WeightNj. */
                l2WeightNj: number;

                /** EnergyBreakdown l2OutputNj. */
                l2OutputNj: number;

                /** EnergyBreakdown dramNj. */
                dramNj: number;

                /** EnergyBreakdown totalNj. */
                totalNj: number;

                /**
                 * Creates a new EnergyBreakdown instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EnergyBreakdown instance
                 */
                static create(properties: gamma.results.v1.EnergyBreakdown.$Shape): gamma.results.v1.EnergyBreakdown & gamma.results.v1.EnergyBreakdown.$Shape;
                static create(properties?: gamma.results.v1.EnergyBreakdown.$Properties): gamma.results.v1.EnergyBreakdown;

                /**
                 * Encodes the specified EnergyBreakdown message. Does not implicitly {@link gamma.results.v1.EnergyBreakdown.verify|verify} messages.
                 * @param message EnergyBreakdown message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.EnergyBreakdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnergyBreakdown message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.EnergyBreakdown & gamma.results.v1.EnergyBreakdown.$Shape} EnergyBreakdown
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.EnergyBreakdown & gamma.results.v1.EnergyBreakdown.$Shape;
            }

            namespace EnergyBreakdown {

                /** Properties of an EnergyBreakdown. */
                interface $Properties {

                    /** EnergyBreakdown macNj */
                    macNj?: (number|null);

                    /** EnergyBreakdown l1InputNj */
                    l1InputNj?: (number|null);

                    /** EnergyBreakdown l1WeightNj */
                    l1WeightNj?: (number|null);

                    /** EnergyBreakdown l1OutputNj */
                    l1OutputNj?: (number|null);

                    /** EnergyBreakdown l2InputNj */
                    l2InputNj?: (number|null);

                    /** EnergyBreakdown l2WeightNj */
                    l2WeightNj?: (number|null);

                    /** EnergyBreakdown l2OutputNj */
                    l2OutputNj?: (number|null);

                    /** EnergyBreakdown dramNj */
                    dramNj?: (number|null);

                    /** EnergyBreakdown totalNj */
                    totalNj?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnergyBreakdown. */
                type $Shape = gamma.results.v1.EnergyBreakdown.$Properties;
            }

            /**
             * Properties of a ScoredMapping.
             * @deprecated Use gamma.results.v1.ScoredMapping.$Properties instead.
             */
            interface IScoredMapping extends gamma.results.v1.ScoredMapping.$Properties {
            }

            /** Represents a ScoredMapping. */
            class ScoredMapping {

                /**
                 * Constructs a new ScoredMapping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.ScoredMapping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ScoredMapping mapping. */
                mapping?: (gamma.results.v1.Mapping.$Properties|null);

                /** ScoredMapping metrics. */
                metrics?: (gamma.results.v1.Metrics.$Properties|null);

                /** ScoredMapping energyBreakdown. */
                energyBreakdown?: (gamma.results.v1.EnergyBreakdown.$Properties|null);

                /**
                 * Creates a new ScoredMapping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ScoredMapping instance
                 */
                static create(properties: gamma.results.v1.ScoredMapping.$Shape): gamma.results.v1.ScoredMapping & gamma.results.v1.ScoredMapping.$Shape;
                static create(properties?: gamma.results.v1.ScoredMapping.$Properties): gamma.results.v1.ScoredMapping;

                /**
                 * Encodes the specified ScoredMapping message. Does not implicitly {@link gamma.results.v1.ScoredMapping.verify|verify} messages.
                 * @param message ScoredMapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.ScoredMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ScoredMapping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ScoredMapping & gamma.results.v1.ScoredMapping.$Shape} ScoredMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.ScoredMapping & gamma.results.v1.ScoredMapping.$Shape;
            }

            namespace ScoredMapping {

                /** Properties of a ScoredMapping. */
                interface $Properties {

                    /** ScoredMapping mapping */
                    mapping?: (gamma.results.v1.Mapping.$Properties|null);

                    /** ScoredMapping metrics */
                    metrics?: (gamma.results.v1.Metrics.$Properties|null);

                    /** ScoredMapping energyBreakdown */
                    energyBreakdown?: (gamma.results.v1.EnergyBreakdown.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ScoredMapping. */
                type $Shape = gamma.results.v1.ScoredMapping.$Properties;
            }

            /**
             * Properties of a HistoryPoint.
             * @deprecated Use gamma.results.v1.HistoryPoint.$Properties instead.
             */
            interface IHistoryPoint extends gamma.results.v1.HistoryPoint.$Properties {
            }

            /** Represents a HistoryPoint. */
            class HistoryPoint {

                /**
                 * Constructs a new HistoryPoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.HistoryPoint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HistoryPoint generation. */
                generation: number;

                /** HistoryPoint samples. */
                samples: number;

                /** HistoryPoint best. */
                best: number[];

                /**
                 * Creates a new HistoryPoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HistoryPoint instance
                 */
                static create(properties: gamma.results.v1.HistoryPoint.$Shape): gamma.results.v1.HistoryPoint & gamma.results.v1.HistoryPoint.$Shape;
                static create(properties?: gamma.results.v1.HistoryPoint.$Properties): gamma.results.v1.HistoryPoint;

                /**
                 * Encodes the specified HistoryPoint message. Does not implicitly {@link gamma.results.v1.HistoryPoint.verify|verify} messages.
                 * @param message HistoryPoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.HistoryPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HistoryPoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.HistoryPoint & gamma.results.v1.HistoryPoint.$Shape} HistoryPoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.HistoryPoint & gamma.results.v1.HistoryPoint.$Shape;
            }

            namespace HistoryPoint {

                /** Properties of a HistoryPoint. */
                interface $Properties {

                    /** HistoryPoint generation */
                    generation?: (number|null);

                    /** HistoryPoint samples */
                    samples?: (number|null);

                    /** HistoryPoint best */
                    best?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HistoryPoint. */
                type $Shape = gamma.results.v1.HistoryPoint.$Properties;
            }

            /**
             * Properties of a LayerResult.
             * @deprecated Use gamma.results.v1.LayerResult.$Properties instead.
             */
            interface ILayerResult extends gamma.results.v1.LayerResult.$Properties {
            }

            /** Represents a LayerResult. */
            class LayerResult {

                /**
                 * Constructs a new LayerResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.LayerResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LayerResult name. */
                name: string;

                /** LayerResult count. */
                count: number;

                /** LayerResult names. */
                names: string[];

                /** LayerResult shape. */
                shape?: (gamma.results.v1.Problem.$Properties|null);

                /** LayerResult lowerBound. */
                lowerBound: number;

                /** LayerResult best. */
                best?: (gamma.results.v1.ScoredMapping.$Properties|null);

                /** LayerResult front. */
                front: gamma.results.v1.ScoredMapping.$Properties[];

                /** LayerResult history. */
                history: gamma.results.v1.HistoryPoint.$Properties[];

                /** LayerResult samples. */
                samples: number;

                /** LayerResult validSamples. */
                validSamples: number;

                /** LayerResult invalidReasons. */
                invalidReasons: { [k: string]: number };

                /** LayerResult stopReason. */
                stopReason: string;

                /** LayerResult gap. */
                gap: number;

                /**
                 * Creates a new LayerResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LayerResult instance
                 */
                static create(properties: gamma.results.v1.LayerResult.$Shape): gamma.results.v1.LayerResult & gamma.results.v1.LayerResult.$Shape;
                static create(properties?: gamma.results.v1.LayerResult.$Properties): gamma.results.v1.LayerResult;

                /**
                 * Encodes the specified LayerResult message. Does not implicitly {@link gamma.results.v1.LayerResult.verify|verify} messages.
                 * @param message LayerResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.LayerResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LayerResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.LayerResult & gamma.results.v1.LayerResult.$Shape} LayerResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.LayerResult & gamma.results.v1.LayerResult.$Shape;
            }

            namespace LayerResult {

                /** Properties of a LayerResult. */
                interface $Properties {

                    /** LayerResult name */
                    name?: (string|null);

                    /** LayerResult count */
                    count?: (number|null);

                    /** LayerResult names */
                    names?: (string[]|null);

                    /** LayerResult shape */
                    shape?: (gamma.results.v1.Problem.$Properties|null);

                    /** LayerResult lowerBound */
                    lowerBound?: (number|null);

                    /** LayerResult best */
                    best?: (gamma.results.v1.ScoredMapping.$Properties|null);

                    /** LayerResult front */
                    front?: (gamma.results.v1.ScoredMapping.$Properties[]|null);

                    /** LayerResult history */
                    history?: (gamma.results.v1.HistoryPoint.$Properties[]|null);

                    /** LayerResult samples */
                    samples?: (number|null);

                    /** LayerResult validSamples */
                    validSamples?: (number|null);

                    /** LayerResult invalidReasons */
                    invalidReasons?: ({ [k: string]: number }|null);

                    /** LayerResult stopReason */
                    stopReason?: (string|null);

                    /** LayerResult gap */
                    gap?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LayerResult. */
                type $Shape = gamma.results.v1.LayerResult.$Properties;
            }

            /**
             * Properties of a ModelTotals.
             * @deprecated Use gamma.results.v1.ModelTotals.$Properties instead.
             */
            interface IModelTotals extends gamma.results.v1.ModelTotals.$Properties {
            }

            /** Represents a ModelTotals. */
            class ModelTotals {

                /**
                 * Constructs a new ModelTotals.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: gamma.results.v1.ModelTotals.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ModelTotals runtime. */
                runtime: number;

                /** ModelTotals energy. */
                energy: number;

                /** ModelTotals macs. */
                macs: number;

                /** ModelTotals samples. */
                samples: number;

                /** ModelTotals layersWithoutValidMapping. */
                layersWithoutValidMapping: number;

                /**
                 * Creates a new ModelTotals instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ModelTotals instance
                 */
                static create(properties: gamma.results.v1.ModelTotals.$Shape): gamma.results.v1.ModelTotals & gamma.results.v1.ModelTotals.$Shape;
                static create(properties?: gamma.results.v1.ModelTotals.$Properties): gamma.results.v1.ModelTotals;

                /**
                 * Encodes the specified ModelTotals message. Does not implicitly {@link gamma.results.v1.ModelTotals.verify|verify} messages.
                 * @param message ModelTotals message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: gamma.results.v1.ModelTotals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ModelTotals message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {gamma.results.v1.ModelTotals & gamma.results.v1.ModelTotals.$Shape} ModelTotals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gamma.results.v1.ModelTotals & gamma.results.v1.ModelTotals.$Shape;
            }

            namespace ModelTotals {

                /** Properties of a ModelTotals. */
                interface $Properties {

                    /** ModelTotals runtime */
                    runtime?: (number|null);

                    /** ModelTotals energy */
                    energy?: (number|null);

                    /** ModelTotals macs */
                    macs?: (number|null);

                    /** ModelTotals samples */
                    samples?: (number|null);

                    /** ModelTotals layersWithoutValidMapping */
                    layersWithoutValidMapping?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ModelTotals. */
                type $Shape = gamma.results.v1.ModelTotals.$Properties;
            }
        }
    }
}
