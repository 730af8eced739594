import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { COPY_BLOCKS_TO_STEPS, COPY_STEPS_TO_BLOCKS, RESEQUENCE_BLOCKS, RESEQUENCE_STEPS } from '../sop-step-blocks-copy.ts'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "sops_blocks_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"text" varchar,
  	"next" varchar,
  	"outcome" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "sops_blocks_say" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"script_id" integer,
  	"text" varchar,
  	"next" varchar,
  	"outcome" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "sops_blocks_decision_branches" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"goto" varchar,
  	"outcome" varchar
  );
  
  CREATE TABLE "sops_blocks_decision" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"question" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sops_v_blocks_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"text" varchar,
  	"next" varchar,
  	"outcome" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sops_v_blocks_say" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"script_id" integer,
  	"text" varchar,
  	"next" varchar,
  	"outcome" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_sops_v_blocks_decision_branches" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"goto" varchar,
  	"outcome" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sops_v_blocks_decision" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"question" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "sops_blocks_action" ADD CONSTRAINT "sops_blocks_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_blocks_say" ADD CONSTRAINT "sops_blocks_say_script_id_empathy_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sops_blocks_say" ADD CONSTRAINT "sops_blocks_say_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_blocks_decision_branches" ADD CONSTRAINT "sops_blocks_decision_branches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops_blocks_decision"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_blocks_decision" ADD CONSTRAINT "sops_blocks_decision_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_blocks_action" ADD CONSTRAINT "_sops_v_blocks_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_blocks_say" ADD CONSTRAINT "_sops_v_blocks_say_script_id_empathy_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sops_v_blocks_say" ADD CONSTRAINT "_sops_v_blocks_say_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_blocks_decision_branches" ADD CONSTRAINT "_sops_v_blocks_decision_branches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v_blocks_decision"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_blocks_decision" ADD CONSTRAINT "_sops_v_blocks_decision_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sops_blocks_action_order_idx" ON "sops_blocks_action" USING btree ("_order");
  CREATE INDEX "sops_blocks_action_parent_id_idx" ON "sops_blocks_action" USING btree ("_parent_id");
  CREATE INDEX "sops_blocks_action_path_idx" ON "sops_blocks_action" USING btree ("_path");
  CREATE INDEX "sops_blocks_say_order_idx" ON "sops_blocks_say" USING btree ("_order");
  CREATE INDEX "sops_blocks_say_parent_id_idx" ON "sops_blocks_say" USING btree ("_parent_id");
  CREATE INDEX "sops_blocks_say_path_idx" ON "sops_blocks_say" USING btree ("_path");
  CREATE INDEX "sops_blocks_say_script_idx" ON "sops_blocks_say" USING btree ("script_id");
  CREATE INDEX "sops_blocks_decision_branches_order_idx" ON "sops_blocks_decision_branches" USING btree ("_order");
  CREATE INDEX "sops_blocks_decision_branches_parent_id_idx" ON "sops_blocks_decision_branches" USING btree ("_parent_id");
  CREATE INDEX "sops_blocks_decision_order_idx" ON "sops_blocks_decision" USING btree ("_order");
  CREATE INDEX "sops_blocks_decision_parent_id_idx" ON "sops_blocks_decision" USING btree ("_parent_id");
  CREATE INDEX "sops_blocks_decision_path_idx" ON "sops_blocks_decision" USING btree ("_path");
  CREATE INDEX "_sops_v_blocks_action_order_idx" ON "_sops_v_blocks_action" USING btree ("_order");
  CREATE INDEX "_sops_v_blocks_action_parent_id_idx" ON "_sops_v_blocks_action" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_blocks_action_path_idx" ON "_sops_v_blocks_action" USING btree ("_path");
  CREATE INDEX "_sops_v_blocks_say_order_idx" ON "_sops_v_blocks_say" USING btree ("_order");
  CREATE INDEX "_sops_v_blocks_say_parent_id_idx" ON "_sops_v_blocks_say" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_blocks_say_path_idx" ON "_sops_v_blocks_say" USING btree ("_path");
  CREATE INDEX "_sops_v_blocks_say_script_idx" ON "_sops_v_blocks_say" USING btree ("script_id");
  CREATE INDEX "_sops_v_blocks_decision_branches_order_idx" ON "_sops_v_blocks_decision_branches" USING btree ("_order");
  CREATE INDEX "_sops_v_blocks_decision_branches_parent_id_idx" ON "_sops_v_blocks_decision_branches" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_blocks_decision_order_idx" ON "_sops_v_blocks_decision" USING btree ("_order");
  CREATE INDEX "_sops_v_blocks_decision_parent_id_idx" ON "_sops_v_blocks_decision" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_blocks_decision_path_idx" ON "_sops_v_blocks_decision" USING btree ("_path");`)
  // Every existing step moves to its kind's block table before the array tables go.
  for (const statement of [...COPY_STEPS_TO_BLOCKS, ...RESEQUENCE_BLOCKS]) await db.execute(sql.raw(statement))
  await db.execute(sql`
  DROP TABLE "sops_steps_branches" CASCADE;
  DROP TABLE "sops_steps" CASCADE;
  DROP TABLE "_sops_v_version_steps_branches" CASCADE;
  DROP TABLE "_sops_v_version_steps" CASCADE;
  DROP TYPE "public"."enum_sops_steps_kind";
  DROP TYPE "public"."enum__sops_v_version_steps_kind";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sops_steps_kind" AS ENUM('action', 'say', 'decision');
  CREATE TYPE "public"."enum__sops_v_version_steps_kind" AS ENUM('action', 'say', 'decision');
  CREATE TABLE "sops_steps_branches" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"goto" varchar,
  	"outcome" varchar
  );
  
  CREATE TABLE "sops_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" "enum_sops_steps_kind" DEFAULT 'action',
  	"text" varchar,
  	"script_id" integer,
  	"question" varchar,
  	"next" varchar,
  	"outcome" varchar
  );
  
  CREATE TABLE "_sops_v_version_steps_branches" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"goto" varchar,
  	"outcome" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sops_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" "enum__sops_v_version_steps_kind" DEFAULT 'action',
  	"text" varchar,
  	"script_id" integer,
  	"question" varchar,
  	"next" varchar,
  	"outcome" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "sops_steps_branches" ADD CONSTRAINT "sops_steps_branches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_steps" ADD CONSTRAINT "sops_steps_script_id_empathy_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sops_steps" ADD CONSTRAINT "sops_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_version_steps_branches" ADD CONSTRAINT "_sops_v_version_steps_branches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_version_steps" ADD CONSTRAINT "_sops_v_version_steps_script_id_empathy_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sops_v_version_steps" ADD CONSTRAINT "_sops_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sops_steps_branches_order_idx" ON "sops_steps_branches" USING btree ("_order");
  CREATE INDEX "sops_steps_branches_parent_id_idx" ON "sops_steps_branches" USING btree ("_parent_id");
  CREATE INDEX "sops_steps_order_idx" ON "sops_steps" USING btree ("_order");
  CREATE INDEX "sops_steps_parent_id_idx" ON "sops_steps" USING btree ("_parent_id");
  CREATE INDEX "sops_steps_script_idx" ON "sops_steps" USING btree ("script_id");
  CREATE INDEX "_sops_v_version_steps_branches_order_idx" ON "_sops_v_version_steps_branches" USING btree ("_order");
  CREATE INDEX "_sops_v_version_steps_branches_parent_id_idx" ON "_sops_v_version_steps_branches" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_version_steps_order_idx" ON "_sops_v_version_steps" USING btree ("_order");
  CREATE INDEX "_sops_v_version_steps_parent_id_idx" ON "_sops_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_version_steps_script_idx" ON "_sops_v_version_steps" USING btree ("script_id");`)
  for (const statement of [...COPY_BLOCKS_TO_STEPS, ...RESEQUENCE_STEPS]) await db.execute(sql.raw(statement))
  await db.execute(sql`
  DROP TABLE "sops_blocks_action" CASCADE;
  DROP TABLE "sops_blocks_say" CASCADE;
  DROP TABLE "sops_blocks_decision_branches" CASCADE;
  DROP TABLE "sops_blocks_decision" CASCADE;
  DROP TABLE "_sops_v_blocks_action" CASCADE;
  DROP TABLE "_sops_v_blocks_say" CASCADE;
  DROP TABLE "_sops_v_blocks_decision_branches" CASCADE;
  DROP TABLE "_sops_v_blocks_decision" CASCADE;`)
}
