/**
 * Data copy for the `sop_step_blocks` migrations (sqlite/ and postgres/, the same SQL for both):
 * SOP steps move from one array table with a `kind` column (`sops_steps`, `sops_steps_branches`)
 * to one table per block (`sops_blocks_action`, `…_say`, `…_decision`, `…_decision_branches`),
 * and the same for the versions tables (`_sops_v_version_steps…` ↔ `_sops_v_blocks_…`).
 *
 * Ids, `_order` (a step's place in the SOP, which Payload keeps across block tables) and `_uuid`
 * are kept, so links to a script, branches' parents and the row ids editors see do not change.
 * Fields a kind does not have (a decision's text, an action's script) were hidden in the editor and
 * never exported; they are left behind. Going down, version step ids from three tables could
 * collide, so they become `id * 3 + n` (n = 0 action, 1 say, 2 decision); `_uuid`, which Payload
 * shows as the row id, is kept.
 */

interface StepTables {
  steps: string
  branches: string
  block: (slug: 'action' | 'say' | 'decision') => string
  /** Versions tables carry `_uuid` beside their integer id. */
  uuid: boolean
  /** A block row's `_path`: the field's path in the document (in a version, under `version`). */
  path: string
}

const MAIN: StepTables = { steps: 'sops_steps', branches: 'sops_steps_branches', block: (slug) => `sops_blocks_${slug}`, uuid: false, path: 'steps' }
const VERSIONS: StepTables = { steps: '_sops_v_version_steps', branches: '_sops_v_version_steps_branches', block: (slug) => `_sops_v_blocks_${slug}`, uuid: true, path: 'version.steps' }

const columns = (names: string[], t: StepTables) => [...names, ...(t.uuid ? ['_uuid'] : [])].map((n) => `"${n}"`).join(', ')

function upStatements(t: StepTables): string[] {
  const [action, say, decision] = [t.block('action'), t.block('say'), t.block('decision')]
  return [
    `INSERT INTO "${action}" (${columns(['_order', '_parent_id', '_path', 'id', 'key', 'text', 'next', 'outcome'], t)})
     SELECT "_order", "_parent_id", '${t.path}', ${columns(['id', 'key', 'text', 'next', 'outcome'], t)}
     FROM "${t.steps}" WHERE "kind" = 'action' OR "kind" IS NULL`,
    `INSERT INTO "${say}" (${columns(['_order', '_parent_id', '_path', 'id', 'key', 'script_id', 'text', 'next', 'outcome'], t)})
     SELECT "_order", "_parent_id", '${t.path}', ${columns(['id', 'key', 'script_id', 'text', 'next', 'outcome'], t)}
     FROM "${t.steps}" WHERE "kind" = 'say'`,
    `INSERT INTO "${decision}" (${columns(['_order', '_parent_id', '_path', 'id', 'key', 'question'], t)})
     SELECT "_order", "_parent_id", '${t.path}', ${columns(['id', 'key', 'question'], t)}
     FROM "${t.steps}" WHERE "kind" = 'decision'`,
    `INSERT INTO "${decision}_branches" (${columns(['_order', '_parent_id', 'id', 'label', 'goto', 'outcome'], t)})
     SELECT ${['_order', '_parent_id', 'id', 'label', 'goto', 'outcome', ...(t.uuid ? ['_uuid'] : [])].map((n) => `b."${n}"`).join(', ')}
     FROM "${t.branches}" b JOIN "${decision}" d ON d."id" = b."_parent_id"`,
  ]
}

function downStatements(t: StepTables): string[] {
  // Main-table ids are text ids unique across the block tables; version ids are per-table integers.
  const id = (n: number) => (t.uuid ? `"id" * 3 + ${n}` : '"id"')
  const parent = t.uuid ? `"_parent_id" * 3 + 2` : '"_parent_id"'
  const uuid = t.uuid ? ', "_uuid"' : ''
  return [
    `INSERT INTO "${t.steps}" (${columns(['_order', '_parent_id', 'id', 'key', 'kind', 'text', 'next', 'outcome'], t)})
     SELECT "_order", "_parent_id", ${id(0)}, "key", 'action', "text", "next", "outcome"${uuid} FROM "${t.block('action')}"`,
    `INSERT INTO "${t.steps}" (${columns(['_order', '_parent_id', 'id', 'key', 'kind', 'script_id', 'text', 'next', 'outcome'], t)})
     SELECT "_order", "_parent_id", ${id(1)}, "key", 'say', "script_id", "text", "next", "outcome"${uuid} FROM "${t.block('say')}"`,
    `INSERT INTO "${t.steps}" (${columns(['_order', '_parent_id', 'id', 'key', 'kind', 'question'], t)})
     SELECT "_order", "_parent_id", ${id(2)}, "key", 'decision', "question"${uuid} FROM "${t.block('decision')}"`,
    `INSERT INTO "${t.branches}" (${columns(['_order', '_parent_id', 'id', 'label', 'goto', 'outcome'], t)})
     SELECT "_order", ${parent}, "id", "label", "goto", "outcome"${uuid} FROM "${t.block('decision')}_branches"`,
  ]
}

/** PostgreSQL only: serial ids were inserted explicitly, so each sequence moves past the largest. */
const resequence = (tables: string[]) =>
  tables.map((table) => `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX("id") FROM "${table}"), 0) + 1, false)`)

/** Run after the block tables exist and before the array tables are dropped. */
export const COPY_STEPS_TO_BLOCKS = [...upStatements(MAIN), ...upStatements(VERSIONS)]
export const RESEQUENCE_BLOCKS = resequence(['_sops_v_blocks_action', '_sops_v_blocks_say', '_sops_v_blocks_decision', '_sops_v_blocks_decision_branches'])

/** Run after the array tables are back and before the block tables are dropped. */
export const COPY_BLOCKS_TO_STEPS = [...downStatements(MAIN), ...downStatements(VERSIONS)]
export const RESEQUENCE_STEPS = resequence(['_sops_v_version_steps', '_sops_v_version_steps_branches'])
