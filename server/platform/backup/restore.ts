import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '../db/client.ts';
import { columnList, findNonEmptyTable, listForeignKeys, listTables, qualified, writeSequences } from './catalog.ts';
import { BackupFileError, type BackupHeader, type SequenceValue, type TableCount } from './format.ts';
import { appliedMigrations, assertRestorable, codeMigrations, migrateTo } from './migrations.ts';
import { dependencies, insertionGroups, type InsertGroup } from './order.ts';
import { readBackup, readHeader, type BackupVisitor } from './reader.ts';

export interface RestoreOptions {
  /** called after each table is in (progress) */
  onTable?: (table: TableCount) => Promise<void> | void;
}

export interface RestoreSummary {
  tables: TableCount[];
  rows: number;
  /** migrations of the backup, and of the database after the restore (later ones ran after the data went in) */
  migrations: { backup: number; now: number };
  /** sequences of the backup the database does not have (left alone) */
  missingSequences: string[];
}

/** A refusal to restore (not empty, wrong schema): the message is for the operator. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

/** A column as the restore writes it: by name, and how the file holds it. */
interface RestoreColumn {
  name: string;
  /** the file holds the column's text (json, jsonb): cast to the database's type */
  asText: boolean;
  /** the type in the database (never the file's word for it: that text goes into SQL) */
  type: string;
}

/** How each table of the backup goes in: which columns, directly or through a staging table. */
interface Plan {
  columns: Map<string, RestoreColumn[]>;
  groupOf: Map<string, InsertGroup>;
  dependsOn: Map<string, Set<string>>;
  inBackup: Set<string>;
}

async function assertEmpty(ex: Database['db'] | Tx): Promise<void> {
  const table = await findNonEmptyTable(ex);
  if (table) throw new RestoreRefused(`the database is not empty (table ${table} has rows): restore only into a new, empty database`);
}

async function planRestore(tx: Tx, header: BackupHeader): Promise<Plan> {
  const target = new Map((await listTables(tx)).map((t) => [t.name, t]));
  const columns = new Map<string, RestoreColumn[]>();
  for (const table of header.tables) {
    const here = target.get(table.name);
    if (!here) throw new RestoreRefused(`the database has no table ${table.name}, which the backup holds: is the schema the backup's?`);
    const writable = new Map(here.columns.filter((c) => !c.generated).map((c) => [c.name, c.type]));
    const wanted = table.columns.filter((c) => !c.generated);
    const unknown = wanted.find((c) => !writable.has(c.name));
    if (unknown) throw new RestoreRefused(`the database's table ${table.name} has no column ${unknown.name}, which the backup holds`);
    columns.set(table.name, wanted.map((c) => ({ name: c.name, asText: c.asText === true, type: writable.get(c.name)! })));
  }
  const keys = await listForeignKeys(tx);
  const groupOf = new Map<string, InsertGroup>();
  for (const group of insertionGroups([...target.keys()], keys)) for (const t of group.tables) groupOf.set(t, group);
  return { columns, groupOf, dependsOn: dependencies(keys), inBackup: new Set(header.tables.map((t) => t.name)) };
}

/** The database's own words, without drizzle's "Failed query" wrapper (which repeats megabytes of parameters). */
function databaseMessage(err: unknown): string {
  const cause = (err as { cause?: unknown }).cause;
  const message = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
  return message.length > 400 ? `${message.slice(0, 400)}…` : message;
}

async function run(tx: Tx, table: string, query: SQL): Promise<void> {
  try {
    await tx.execute(query);
  } catch (err) {
    throw new Error(`restoring table ${table} failed: ${databaseMessage(err)}`, { cause: err });
  }
}

/** The column list of a table as the restore writes it. */
function columnsOf(plan: Plan, table: string): SQL {
  return columnList((plan.columns.get(table) ?? []).map((c) => c.name));
}

/** A batch of rows as a SELECT: each row read as the table's row type; json columns from their text (see ColumnInfo.asText). */
function rowsFromJson(plan: Plan, table: string, rows: string[]): SQL {
  const values = (plan.columns.get(table) ?? []).map((c) => (c.asText ? sql`(e ->> ${c.name})::${sql.raw(c.type)}` : sql`r.${sql.identifier(c.name)}`));
  const json = `[${rows.join(',')}]`;
  return sql`select ${sql.join(values, sql`, `)} from json_array_elements(${json}::json) as e cross join lateral json_populate_record(null::${qualified(table)}, e) as r`;
}

/** Throws unless every table the given ones reference (outside themselves) is already in. */
function assertParentsIn(plan: Plan, done: Set<string>, tables: string[]): void {
  for (const t of tables) {
    for (const parent of plan.dependsOn.get(t) ?? []) {
      if (plan.inBackup.has(parent) && !done.has(parent) && !tables.includes(parent)) {
        throw new BackupFileError(`the backup holds table ${t} before ${parent}, which it references: the file was not written by this product`);
      }
    }
  }
}

/**
 * Inserts the rows of the backup as the reader hands them over, parents before children.
 * A cycle's rows (org_units.parent_id, say) wait in temporary tables and go in with one
 * statement, whose foreign keys are checked at its end, whatever the order of the rows.
 */
function loader(tx: Tx, plan: Plan, options: RestoreOptions): BackupVisitor {
  const done = new Set<string>();
  const staged = new Set<string>();
  const stages = new Map<string, string>();
  // numbered, since a long table name plus a prefix could pass the 63-byte identifier limit
  const stageOf = (t: string) => sql.identifier(stages.get(t) ?? stages.set(t, `backup_stage_${stages.size}`).get(t)!);
  const isStaged = (t: string) => plan.groupOf.get(t)?.cyclic === true;
  const insertGroup = async (group: InsertGroup) => {
    const members = group.tables.filter((t) => plan.inBackup.has(t));
    assertParentsIn(plan, done, members);
    const parts = members.map((t, i) => sql`${sql.identifier(`s${i}`)} as (insert into ${qualified(t)} (${columnsOf(plan, t)}) overriding system value select ${columnsOf(plan, t)} from ${stageOf(t)})`);
    await run(tx, members.join(', '), sql`with ${sql.join(parts, sql`, `)} select 1`);
    for (const t of members) done.add(t);
  };
  return {
    tableStart: async (table) => {
      if (!isStaged(table)) return assertParentsIn(plan, done, [table]);
      await run(tx, table, sql`create temporary table ${stageOf(table)} on commit drop as select ${columnsOf(plan, table)} from ${qualified(table)} with no data`);
    },
    rows: async (table, rows) => {
      const into = isStaged(table) ? sql`${stageOf(table)} (${columnsOf(plan, table)})` : sql`${qualified(table)} (${columnsOf(plan, table)}) overriding system value`;
      await run(tx, table, sql`insert into ${into} ${rowsFromJson(plan, table, rows)}`);
    },
    tableEnd: async (count) => {
      const group = plan.groupOf.get(count.name);
      if (!group?.cyclic) done.add(count.name);
      else if (staged.add(count.name) && group.tables.every((t) => staged.has(t) || !plan.inBackup.has(t))) await insertGroup(group);
      await options.onTable?.(count);
    },
  };
}

async function verifyCounts(tx: Tx, tables: TableCount[]): Promise<void> {
  for (const { name, rows } of tables) {
    const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${qualified(name)}`);
    if (row?.n !== rows) throw new Error(`restoring table ${name} failed: ${row?.n ?? 0} rows went in, the backup holds ${rows}`);
  }
}

/**
 * Restores a backup into an EMPTY database: migrates it to the backup's schema, inserts every
 * table in one transaction (nothing is left half-restored on any error), puts sequences back,
 * then runs the code's later migrations. Refuses a database with rows or a backup whose
 * migrations this code does not start with.
 */
export async function restoreBackup(database: Database, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const header = await readHeader(file);
  const code = codeMigrations();
  assertRestorable(header.migrations, code, await appliedMigrations(database.db, code));
  await assertEmpty(database.db);
  await migrateTo(database, header.migrations.length);
  const summary = await database.db.transaction(async (tx) => {
    await assertEmpty(tx); // a writer may have come in since the first look
    const plan = await planRestore(tx, header);
    let missingSequences: string[] = [];
    const writeBack = async (values: SequenceValue[]) => {
      missingSequences = await writeSequences(tx, values);
    };
    const { tables } = await readBackup(file, { ...loader(tx, plan, options), sequences: writeBack });
    await verifyCounts(tx, tables);
    return { tables, rows: tables.reduce((n, t) => n + t.rows, 0), missingSequences };
  });
  await database.migrate();
  return { ...summary, migrations: { backup: header.migrations.length, now: (await appliedMigrations(database.db, code)).length } };
}
