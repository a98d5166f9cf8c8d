/**
 * Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm) and driven through
 * @prisma/adapter-pg. It computes the same SQL that `prisma migrate` computes, without the native
 * schema-engine binary that the Prisma CLI has to download (and cannot, offline).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import type { DiffTarget, SchemaEngine } from '@prisma/schema-engine-wasm';

type EngineBindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

export interface SchemaOptions {
  /** Defaults to prisma/schema.prisma under process.cwd(), the project root for every caller. */
  schemaPath?: string;
}

/**
 * SQL that creates everything schema.prisma describes, starting from nothing. Needs no database.
 *
 * It begins with `CREATE SCHEMA IF NOT EXISTS "public"`, which a migration made by Prisma Migrate
 * does not contain (its starting point is a database, which already has that schema); use
 * diffDatabaseToSchema against an empty database for migration files.
 */
export async function diffFromEmptyToSchema(options: SchemaOptions = {}): Promise<string> {
  const schema = readSchema(options);
  return withSchemaEngine(schema, offlineAdapterFactory(), (engine) =>
    diff(engine, { tag: 'empty' }, { tag: 'schemaDatamodel', files: [schema] }),
  );
}

/**
 * SQL that brings the database at databaseUrl (its `public` schema) to what schema.prisma
 * describes: exactly what `prisma migrate dev` would write as the next migration if that database
 * were its shadow database. Empty when the two agree. The `_prisma_migrations` table is ignored,
 * as Prisma Migrate ignores it.
 */
export async function diffDatabaseToSchema(
  databaseUrl: string,
  options: SchemaOptions = {},
): Promise<string> {
  const schema = readSchema(options);
  const adapters = postgresAdapterFactory(databaseUrl);
  try {
    return await withSchemaEngine(schema, adapters.factory, (engine) =>
      diff(
        engine,
        // "schemaDatasource" is the live database the engine's adapter is connected to; the
        // "url" target is rejected by engines that run through a driver adapter.
        { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
        { tag: 'schemaDatamodel', files: [schema] },
      ),
    );
  } finally {
    await adapters.dispose();
  }
}

interface SchemaFile {
  path: string;
  content: string;
}

function readSchema({ schemaPath }: SchemaOptions): SchemaFile {
  const resolved = path.resolve(schemaPath ?? path.join(process.cwd(), 'prisma', 'schema.prisma'));
  try {
    return { path: resolved, content: fs.readFileSync(resolved, 'utf8') };
  } catch (error) {
    throw new Error(`Cannot read the Prisma schema at ${resolved}: ${(error as Error).message}`);
  }
}

async function diff(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<string> {
  const result = await engine.diff({
    from,
    to,
    script: true,
    // Asking for an exit code is the engine's own way of saying whether the diff is empty; its
    // script for "no changes" is a comment, not an empty string.
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.exitCode === 0 ? '' : (result.stdout ?? '');
}

async function withSchemaEngine<T>(
  schema: SchemaFile,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bindings = await loadEngine();
  return failOnPanic(bindings, async () => {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      () => undefined,
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  });
}

let engineLoading: Promise<EngineBindings> | undefined;
let engineLoaded: EngineBindings | undefined;

function loadEngine(): Promise<EngineBindings> {
  engineLoading ??= instantiateEngine().then(
    (bindings) => (engineLoaded = bindings),
    (error: unknown) => {
      engineLoading = undefined;
      throw error;
    },
  );
  return engineLoading;
}

function forgetEngine(bindings: EngineBindings): void {
  if (engineLoaded === bindings) {
    engineLoaded = undefined;
    engineLoading = undefined;
  }
}

/**
 * The package is wasm-bindgen "bundler" output: an ES module whose entry imports the .wasm file
 * as a module, which Node cannot do, and whose glue (schema_engine_bg.js) is ESM that Jest's
 * CommonJS runtime cannot require on Node 20. So the glue is evaluated here as a plain function
 * in the caller's own realm (the adapter's Promises and Uint8Arrays must pass the glue's
 * instanceof checks), and the .wasm is instantiated against it the way schema_engine.js would.
 */
async function instantiateEngine(): Promise<EngineBindings> {
  const glueFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmFile = path.join(path.dirname(glueFile), 'schema_engine_bg.wasm');
  const bindings = evaluateGlue(await fs.promises.readFile(glueFile, 'utf8'), glueFile);

  const wasmModule = await WebAssembly.compile(await fs.promises.readFile(wasmFile));
  const imports: WebAssembly.Imports = {};
  for (const { module } of WebAssembly.Module.imports(wasmModule)) {
    imports[module] = bindings as unknown as WebAssembly.ModuleImports;
  }
  const instance = await WebAssembly.instantiate(wasmModule, imports);
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

function evaluateGlue(source: string, glueFile: string): EngineBindings {
  const exportedNames: string[] = [];
  const body = source.replace(
    /^export (function|class) ([A-Za-z_$][\w$]*)/gm,
    (_declaration, kind: string, name: string) => {
      exportedNames.push(name);
      return `${kind} ${name}`;
    },
  );
  if (/^\s*(import|export)\b/m.test(body) || !exportedNames.includes('__wbg_set_wasm')) {
    throw new Error(
      `${glueFile} has a module shape this loader does not know (imports, or exports other than ` +
        'function and class declarations): lib/database/schema-engine.ts needs updating for this ' +
        'version of @prisma/schema-engine-wasm.',
    );
  }
  const glue = new Function(`'use strict';\n${body}\nreturn { ${exportedNames.join(', ')} };`);
  return glue() as EngineBindings;
}

interface PanicRegistry {
  set_message(message: string): void;
}

const panicHolder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
const panicListeners = new Set<(message: string) => void>();
const panicRegistry: PanicRegistry = {
  set_message(message) {
    for (const listener of panicListeners) listener(message);
  },
};
let displacedPanicRegistry: PanicRegistry | undefined;

/**
 * A panic in the engine traps the wasm instance: the pending call's promise never settles and the
 * instance is unusable afterwards. Just before trapping, the engine reports the panic to
 * global.PRISMA_WASM_PANIC_REGISTRY; that report becomes a rejection here, and the instance is
 * dropped so that the next call loads a fresh one. Prisma Client installs its own registry in the
 * same global, so it is put back once no engine call is running.
 */
async function failOnPanic<T>(bindings: EngineBindings, run: () => Promise<T>): Promise<T> {
  if (panicListeners.size === 0 && panicHolder.PRISMA_WASM_PANIC_REGISTRY !== panicRegistry) {
    displacedPanicRegistry = panicHolder.PRISMA_WASM_PANIC_REGISTRY;
    panicHolder.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  }
  let onPanic: (message: string) => void = () => undefined;
  const panicked = new Promise<never>((_resolve, reject) => {
    onPanic = (message) => {
      forgetEngine(bindings);
      reject(new Error(`The Prisma schema engine (wasm) panicked: ${message}`));
    };
  });
  panicListeners.add(onPanic);
  try {
    return await Promise.race([run(), panicked]);
  } finally {
    panicListeners.delete(onPanic);
    if (panicListeners.size === 0 && panicHolder.PRISMA_WASM_PANIC_REGISTRY === panicRegistry) {
      panicHolder.PRISMA_WASM_PANIC_REGISTRY = displacedPanicRegistry;
      displacedPanicRegistry = undefined;
    }
  }
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * adapter-pg, wrapped for the schema engine's needs. PostgreSQL's one-byte `"char"` type, which
 * the engine's catalog queries return (pg_constraint.contype, confdeltype, confupdtype), is
 * unknown to adapter-pg (it throws UnsupportedNativeDataType), and the engine reads those columns
 * as characters. So a pg Client subclass relabels such fields as text for adapter-pg, remembers
 * which columns they were (keyed by the rows array, which adapter-pg passes through untouched),
 * and queryRaw hands them to the engine typed as Character.
 */
function postgresAdapterFactory(connectionString: string): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  dispose(): Promise<void>;
} {
  const charColumns = new WeakMap<unknown[], number[]>();

  const relabelCharFields = (result: unknown): unknown => {
    for (const part of Array.isArray(result) ? result : [result]) {
      const fields = (part as Partial<pg.QueryResult> | undefined)?.fields;
      const rows = (part as Partial<pg.QueryResult> | undefined)?.rows;
      if (!Array.isArray(fields) || !Array.isArray(rows)) continue;
      const indices: number[] = [];
      fields.forEach((field, index) => {
        if (field.dataTypeID === CHAR_OID) {
          field.dataTypeID = TEXT_OID;
          indices.push(index);
        }
      });
      if (indices.length > 0) charColumns.set(rows, indices);
    }
    return result;
  };

  class CharAwareClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      const query = this.query.bind(this) as (...args: unknown[]) => unknown;
      // pg's query() has many call shapes (callback or promise, config object or text); results
      // are touched wherever they surface and every argument is otherwise passed on unchanged.
      (this as { query: unknown }).query = (...args: unknown[]): unknown => {
        const callbackIndex = args.findIndex((arg) => typeof arg === 'function');
        if (callbackIndex >= 0) {
          const callback = args[callbackIndex] as (error: unknown, result: unknown) => void;
          args[callbackIndex] = (error: unknown, result: unknown) =>
            callback(error, error ? result : relabelCharFields(result));
          return query(...args);
        }
        const returned = query(...args);
        return isPromiseLike(returned) ? returned.then(relabelCharFields) : returned;
      };
    }
  }

  const withCharacterColumns = <Q extends SqlQueryable>(queryable: Q): Q =>
    new Proxy(queryable, {
      get(target, property) {
        if (property === 'queryRaw') {
          return async (query: SqlQuery): Promise<SqlResultSet> => {
            const result = await target.queryRaw(query);
            for (const index of charColumns.get(result.rows) ?? []) {
              result.columnTypes[index] = ColumnTypeEnum.Character;
            }
            return result;
          };
        }
        if (property === 'startTransaction') {
          return async (...args: unknown[]) =>
            withCharacterColumns(
              await (target as unknown as SqlDriverAdapter).startTransaction(
                ...(args as Parameters<SqlDriverAdapter['startTransaction']>),
              ),
            );
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  const prismaPg = new PrismaPg({ connectionString, Client: CharAwareClient }, { schema: 'public' });
  const connected: SqlDriverAdapter[] = [];
  const track = async (connecting: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const adapter = await connecting;
    connected.push(adapter);
    return withCharacterColumns(adapter);
  };

  return {
    factory: {
      provider: prismaPg.provider,
      adapterName: prismaPg.adapterName,
      connect: () => track(prismaPg.connect()),
      connectToShadowDb: () => track(prismaPg.connectToShadowDb()),
    },
    // Freeing the engine does not dispose what it connected; the pools would keep the process alive.
    async dispose() {
      const adapters = connected.splice(0);
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

function isPromiseLike(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * An adapter with no database behind it. Starting the engine runs one probe query (does the
 * `public` schema exist, which server version); a diff between an empty schema and a datamodel
 * never queries anything else, so answering that probe is all it takes to run offline. Any other
 * query fails loudly.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = (what: string) =>
    Promise.reject(
      new Error(`The schema engine needs a database for this operation (it asked to ${what}).`),
    );
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'sourced-figures-offline',
    async queryRaw(query) {
      if (/\bversion\(\)/.test(query.sql) && query.sql.includes('server_version_num')) {
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, 'PostgreSQL 18.0 (offline: no database connected)', 180000]],
        };
      }
      return refuse(`run: ${query.sql}`);
    },
    executeRaw: (query) => refuse(`run: ${query.sql}`),
    executeScript: () => refuse('run a script'),
    startTransaction: () => refuse('start a transaction'),
    getConnectionInfo: () => ({ schemaName: 'public', supportsRelationJoins: true }),
    dispose: async () => undefined,
  };
  return {
    provider: 'postgres',
    adapterName: 'sourced-figures-offline',
    connect: async () => adapter,
    connectToShadowDb: () => refuse('create a shadow database'),
  };
}
