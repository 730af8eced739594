import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_strategies_stages" AS ENUM('listen', 'acknowledge', 'apologize', 'clarify', 'resolve', 'set-boundary', 'hold-transfer', 'escalate', 'close', 'follow-up', 'reflect');
  CREATE TYPE "public"."enum_strategies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__strategies_v_version_stages" AS ENUM('listen', 'acknowledge', 'apologize', 'clarify', 'resolve', 'set-boundary', 'hold-transfer', 'escalate', 'close', 'follow-up', 'reflect');
  CREATE TYPE "public"."enum__strategies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_empathy_scripts_channels" AS ENUM('phone', 'chat', 'email', 'in-person');
  CREATE TYPE "public"."enum_empathy_scripts_stage" AS ENUM('listen', 'acknowledge', 'apologize', 'clarify', 'resolve', 'set-boundary', 'hold-transfer', 'escalate', 'close', 'follow-up', 'reflect');
  CREATE TYPE "public"."enum_empathy_scripts_tone" AS ENUM('calm', 'warm', 'formal', 'lighthearted');
  CREATE TYPE "public"."enum_empathy_scripts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__empathy_scripts_v_version_channels" AS ENUM('phone', 'chat', 'email', 'in-person');
  CREATE TYPE "public"."enum__empathy_scripts_v_version_stage" AS ENUM('listen', 'acknowledge', 'apologize', 'clarify', 'resolve', 'set-boundary', 'hold-transfer', 'escalate', 'close', 'follow-up', 'reflect');
  CREATE TYPE "public"."enum__empathy_scripts_v_version_tone" AS ENUM('calm', 'warm', 'formal', 'lighthearted');
  CREATE TYPE "public"."enum__empathy_scripts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sops_steps_kind" AS ENUM('action', 'say', 'decision');
  CREATE TYPE "public"."enum_sops_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sops_v_version_steps_kind" AS ENUM('action', 'say', 'decision');
  CREATE TYPE "public"."enum__sops_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_situations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__situations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reader');
  CREATE TABLE "strategies_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "strategies_pitfalls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "strategies_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_strategies_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "strategies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"why_it_works" jsonb,
  	"review_owner" varchar,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_review_interval_days" numeric DEFAULT 180,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_strategies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "strategies_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "strategies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"situations_id" integer,
  	"strategies_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "_strategies_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_strategies_v_version_pitfalls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_strategies_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__strategies_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_strategies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_why_it_works" jsonb,
  	"version_review_owner" varchar,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_review_interval_days" numeric DEFAULT 180,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__strategies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_strategies_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_strategies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"situations_id" integer,
  	"strategies_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "empathy_scripts_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_empathy_scripts_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "empathy_scripts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"line" varchar,
  	"instead_of" varchar,
  	"stage" "enum_empathy_scripts_stage",
  	"tone" "enum_empathy_scripts_tone",
  	"why" varchar,
  	"review_owner" varchar,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_review_interval_days" numeric DEFAULT 180,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_empathy_scripts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "empathy_scripts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "empathy_scripts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"situations_id" integer,
  	"strategies_id" integer
  );
  
  CREATE TABLE "_empathy_scripts_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__empathy_scripts_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_empathy_scripts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_line" varchar,
  	"version_instead_of" varchar,
  	"version_stage" "enum__empathy_scripts_v_version_stage",
  	"version_tone" "enum__empathy_scripts_v_version_tone",
  	"version_why" varchar,
  	"version_review_owner" varchar,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_review_interval_days" numeric DEFAULT 180,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__empathy_scripts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_empathy_scripts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_empathy_scripts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"situations_id" integer,
  	"strategies_id" integer
  );
  
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
  
  CREATE TABLE "sops_escalation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sops" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"purpose" varchar,
  	"trigger" varchar,
  	"resolved_when" varchar,
  	"review_owner" varchar,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_review_interval_days" numeric DEFAULT 180,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sops_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sops_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sops_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"situations_id" integer,
  	"strategies_id" integer
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
  
  CREATE TABLE "_sops_v_version_escalation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sops_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_purpose" varchar,
  	"version_trigger" varchar,
  	"version_resolved_when" varchar,
  	"version_review_owner" varchar,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_review_interval_days" numeric DEFAULT 180,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sops_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_sops_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_sops_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"situations_id" integer,
  	"strategies_id" integer
  );
  
  CREATE TABLE "situations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"review_owner" varchar,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_review_interval_days" numeric DEFAULT 180,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_situations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "situations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_situations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_review_owner" varchar,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_review_interval_days" numeric DEFAULT 180,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__situations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_situations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"publisher" varchar,
  	"published" timestamp(3) with time zone,
  	"url" varchar,
  	"review_owner" varchar,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_review_interval_days" numeric DEFAULT 180,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_sources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_publisher" varchar,
  	"version_published" timestamp(3) with time zone,
  	"version_url" varchar,
  	"version_review_owner" varchar,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_review_interval_days" numeric DEFAULT 180,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"strategies_id" integer,
  	"empathy_scripts_id" integer,
  	"sops_id" integer,
  	"situations_id" integer,
  	"sources_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "strategies_steps" ADD CONSTRAINT "strategies_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_pitfalls" ADD CONSTRAINT "strategies_pitfalls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_stages" ADD CONSTRAINT "strategies_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_texts" ADD CONSTRAINT "strategies_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_rels" ADD CONSTRAINT "strategies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_rels" ADD CONSTRAINT "strategies_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_rels" ADD CONSTRAINT "strategies_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategies_rels" ADD CONSTRAINT "strategies_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_version_steps" ADD CONSTRAINT "_strategies_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_strategies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_version_pitfalls" ADD CONSTRAINT "_strategies_v_version_pitfalls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_strategies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_version_stages" ADD CONSTRAINT "_strategies_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_strategies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v" ADD CONSTRAINT "_strategies_v_parent_id_strategies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."strategies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_strategies_v_texts" ADD CONSTRAINT "_strategies_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_strategies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_rels" ADD CONSTRAINT "_strategies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_strategies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_rels" ADD CONSTRAINT "_strategies_v_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_rels" ADD CONSTRAINT "_strategies_v_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_strategies_v_rels" ADD CONSTRAINT "_strategies_v_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "empathy_scripts_channels" ADD CONSTRAINT "empathy_scripts_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "empathy_scripts_texts" ADD CONSTRAINT "empathy_scripts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "empathy_scripts_rels" ADD CONSTRAINT "empathy_scripts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "empathy_scripts_rels" ADD CONSTRAINT "empathy_scripts_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "empathy_scripts_rels" ADD CONSTRAINT "empathy_scripts_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_empathy_scripts_v_version_channels" ADD CONSTRAINT "_empathy_scripts_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_empathy_scripts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_empathy_scripts_v" ADD CONSTRAINT "_empathy_scripts_v_parent_id_empathy_scripts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_empathy_scripts_v_texts" ADD CONSTRAINT "_empathy_scripts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_empathy_scripts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_empathy_scripts_v_rels" ADD CONSTRAINT "_empathy_scripts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_empathy_scripts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_empathy_scripts_v_rels" ADD CONSTRAINT "_empathy_scripts_v_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_empathy_scripts_v_rels" ADD CONSTRAINT "_empathy_scripts_v_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_steps_branches" ADD CONSTRAINT "sops_steps_branches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_steps" ADD CONSTRAINT "sops_steps_script_id_empathy_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sops_steps" ADD CONSTRAINT "sops_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_escalation" ADD CONSTRAINT "sops_escalation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_texts" ADD CONSTRAINT "sops_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_rels" ADD CONSTRAINT "sops_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_rels" ADD CONSTRAINT "sops_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sops_rels" ADD CONSTRAINT "sops_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_version_steps_branches" ADD CONSTRAINT "_sops_v_version_steps_branches_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_version_steps" ADD CONSTRAINT "_sops_v_version_steps_script_id_empathy_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sops_v_version_steps" ADD CONSTRAINT "_sops_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_version_escalation" ADD CONSTRAINT "_sops_v_version_escalation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v" ADD CONSTRAINT "_sops_v_parent_id_sops_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sops"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sops_v_texts" ADD CONSTRAINT "_sops_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_rels" ADD CONSTRAINT "_sops_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_rels" ADD CONSTRAINT "_sops_v_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sops_v_rels" ADD CONSTRAINT "_sops_v_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "situations_texts" ADD CONSTRAINT "situations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_situations_v" ADD CONSTRAINT "_situations_v_parent_id_situations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."situations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_situations_v_texts" ADD CONSTRAINT "_situations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_parent_id_sources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_strategies_fk" FOREIGN KEY ("strategies_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_empathy_scripts_fk" FOREIGN KEY ("empathy_scripts_id") REFERENCES "public"."empathy_scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sops_fk" FOREIGN KEY ("sops_id") REFERENCES "public"."sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "strategies_steps_order_idx" ON "strategies_steps" USING btree ("_order");
  CREATE INDEX "strategies_steps_parent_id_idx" ON "strategies_steps" USING btree ("_parent_id");
  CREATE INDEX "strategies_pitfalls_order_idx" ON "strategies_pitfalls" USING btree ("_order");
  CREATE INDEX "strategies_pitfalls_parent_id_idx" ON "strategies_pitfalls" USING btree ("_parent_id");
  CREATE INDEX "strategies_stages_order_idx" ON "strategies_stages" USING btree ("order");
  CREATE INDEX "strategies_stages_parent_idx" ON "strategies_stages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "strategies_slug_idx" ON "strategies" USING btree ("slug");
  CREATE INDEX "strategies_updated_at_idx" ON "strategies" USING btree ("updated_at");
  CREATE INDEX "strategies_created_at_idx" ON "strategies" USING btree ("created_at");
  CREATE INDEX "strategies__status_idx" ON "strategies" USING btree ("_status");
  CREATE INDEX "strategies_texts_order_parent" ON "strategies_texts" USING btree ("order","parent_id");
  CREATE INDEX "strategies_rels_order_idx" ON "strategies_rels" USING btree ("order");
  CREATE INDEX "strategies_rels_parent_idx" ON "strategies_rels" USING btree ("parent_id");
  CREATE INDEX "strategies_rels_path_idx" ON "strategies_rels" USING btree ("path");
  CREATE INDEX "strategies_rels_situations_id_idx" ON "strategies_rels" USING btree ("situations_id");
  CREATE INDEX "strategies_rels_strategies_id_idx" ON "strategies_rels" USING btree ("strategies_id");
  CREATE INDEX "strategies_rels_sources_id_idx" ON "strategies_rels" USING btree ("sources_id");
  CREATE INDEX "_strategies_v_version_steps_order_idx" ON "_strategies_v_version_steps" USING btree ("_order");
  CREATE INDEX "_strategies_v_version_steps_parent_id_idx" ON "_strategies_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_strategies_v_version_pitfalls_order_idx" ON "_strategies_v_version_pitfalls" USING btree ("_order");
  CREATE INDEX "_strategies_v_version_pitfalls_parent_id_idx" ON "_strategies_v_version_pitfalls" USING btree ("_parent_id");
  CREATE INDEX "_strategies_v_version_stages_order_idx" ON "_strategies_v_version_stages" USING btree ("order");
  CREATE INDEX "_strategies_v_version_stages_parent_idx" ON "_strategies_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_strategies_v_parent_idx" ON "_strategies_v" USING btree ("parent_id");
  CREATE INDEX "_strategies_v_version_version_slug_idx" ON "_strategies_v" USING btree ("version_slug");
  CREATE INDEX "_strategies_v_version_version_updated_at_idx" ON "_strategies_v" USING btree ("version_updated_at");
  CREATE INDEX "_strategies_v_version_version_created_at_idx" ON "_strategies_v" USING btree ("version_created_at");
  CREATE INDEX "_strategies_v_version_version__status_idx" ON "_strategies_v" USING btree ("version__status");
  CREATE INDEX "_strategies_v_created_at_idx" ON "_strategies_v" USING btree ("created_at");
  CREATE INDEX "_strategies_v_updated_at_idx" ON "_strategies_v" USING btree ("updated_at");
  CREATE INDEX "_strategies_v_latest_idx" ON "_strategies_v" USING btree ("latest");
  CREATE INDEX "_strategies_v_texts_order_parent" ON "_strategies_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_strategies_v_rels_order_idx" ON "_strategies_v_rels" USING btree ("order");
  CREATE INDEX "_strategies_v_rels_parent_idx" ON "_strategies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_strategies_v_rels_path_idx" ON "_strategies_v_rels" USING btree ("path");
  CREATE INDEX "_strategies_v_rels_situations_id_idx" ON "_strategies_v_rels" USING btree ("situations_id");
  CREATE INDEX "_strategies_v_rels_strategies_id_idx" ON "_strategies_v_rels" USING btree ("strategies_id");
  CREATE INDEX "_strategies_v_rels_sources_id_idx" ON "_strategies_v_rels" USING btree ("sources_id");
  CREATE INDEX "empathy_scripts_channels_order_idx" ON "empathy_scripts_channels" USING btree ("order");
  CREATE INDEX "empathy_scripts_channels_parent_idx" ON "empathy_scripts_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "empathy_scripts_slug_idx" ON "empathy_scripts" USING btree ("slug");
  CREATE INDEX "empathy_scripts_updated_at_idx" ON "empathy_scripts" USING btree ("updated_at");
  CREATE INDEX "empathy_scripts_created_at_idx" ON "empathy_scripts" USING btree ("created_at");
  CREATE INDEX "empathy_scripts__status_idx" ON "empathy_scripts" USING btree ("_status");
  CREATE INDEX "empathy_scripts_texts_order_parent" ON "empathy_scripts_texts" USING btree ("order","parent_id");
  CREATE INDEX "empathy_scripts_rels_order_idx" ON "empathy_scripts_rels" USING btree ("order");
  CREATE INDEX "empathy_scripts_rels_parent_idx" ON "empathy_scripts_rels" USING btree ("parent_id");
  CREATE INDEX "empathy_scripts_rels_path_idx" ON "empathy_scripts_rels" USING btree ("path");
  CREATE INDEX "empathy_scripts_rels_situations_id_idx" ON "empathy_scripts_rels" USING btree ("situations_id");
  CREATE INDEX "empathy_scripts_rels_strategies_id_idx" ON "empathy_scripts_rels" USING btree ("strategies_id");
  CREATE INDEX "_empathy_scripts_v_version_channels_order_idx" ON "_empathy_scripts_v_version_channels" USING btree ("order");
  CREATE INDEX "_empathy_scripts_v_version_channels_parent_idx" ON "_empathy_scripts_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_empathy_scripts_v_parent_idx" ON "_empathy_scripts_v" USING btree ("parent_id");
  CREATE INDEX "_empathy_scripts_v_version_version_slug_idx" ON "_empathy_scripts_v" USING btree ("version_slug");
  CREATE INDEX "_empathy_scripts_v_version_version_updated_at_idx" ON "_empathy_scripts_v" USING btree ("version_updated_at");
  CREATE INDEX "_empathy_scripts_v_version_version_created_at_idx" ON "_empathy_scripts_v" USING btree ("version_created_at");
  CREATE INDEX "_empathy_scripts_v_version_version__status_idx" ON "_empathy_scripts_v" USING btree ("version__status");
  CREATE INDEX "_empathy_scripts_v_created_at_idx" ON "_empathy_scripts_v" USING btree ("created_at");
  CREATE INDEX "_empathy_scripts_v_updated_at_idx" ON "_empathy_scripts_v" USING btree ("updated_at");
  CREATE INDEX "_empathy_scripts_v_latest_idx" ON "_empathy_scripts_v" USING btree ("latest");
  CREATE INDEX "_empathy_scripts_v_texts_order_parent" ON "_empathy_scripts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_empathy_scripts_v_rels_order_idx" ON "_empathy_scripts_v_rels" USING btree ("order");
  CREATE INDEX "_empathy_scripts_v_rels_parent_idx" ON "_empathy_scripts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_empathy_scripts_v_rels_path_idx" ON "_empathy_scripts_v_rels" USING btree ("path");
  CREATE INDEX "_empathy_scripts_v_rels_situations_id_idx" ON "_empathy_scripts_v_rels" USING btree ("situations_id");
  CREATE INDEX "_empathy_scripts_v_rels_strategies_id_idx" ON "_empathy_scripts_v_rels" USING btree ("strategies_id");
  CREATE INDEX "sops_steps_branches_order_idx" ON "sops_steps_branches" USING btree ("_order");
  CREATE INDEX "sops_steps_branches_parent_id_idx" ON "sops_steps_branches" USING btree ("_parent_id");
  CREATE INDEX "sops_steps_order_idx" ON "sops_steps" USING btree ("_order");
  CREATE INDEX "sops_steps_parent_id_idx" ON "sops_steps" USING btree ("_parent_id");
  CREATE INDEX "sops_steps_script_idx" ON "sops_steps" USING btree ("script_id");
  CREATE INDEX "sops_escalation_order_idx" ON "sops_escalation" USING btree ("_order");
  CREATE INDEX "sops_escalation_parent_id_idx" ON "sops_escalation" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sops_slug_idx" ON "sops" USING btree ("slug");
  CREATE INDEX "sops_updated_at_idx" ON "sops" USING btree ("updated_at");
  CREATE INDEX "sops_created_at_idx" ON "sops" USING btree ("created_at");
  CREATE INDEX "sops__status_idx" ON "sops" USING btree ("_status");
  CREATE INDEX "sops_texts_order_parent" ON "sops_texts" USING btree ("order","parent_id");
  CREATE INDEX "sops_rels_order_idx" ON "sops_rels" USING btree ("order");
  CREATE INDEX "sops_rels_parent_idx" ON "sops_rels" USING btree ("parent_id");
  CREATE INDEX "sops_rels_path_idx" ON "sops_rels" USING btree ("path");
  CREATE INDEX "sops_rels_situations_id_idx" ON "sops_rels" USING btree ("situations_id");
  CREATE INDEX "sops_rels_strategies_id_idx" ON "sops_rels" USING btree ("strategies_id");
  CREATE INDEX "_sops_v_version_steps_branches_order_idx" ON "_sops_v_version_steps_branches" USING btree ("_order");
  CREATE INDEX "_sops_v_version_steps_branches_parent_id_idx" ON "_sops_v_version_steps_branches" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_version_steps_order_idx" ON "_sops_v_version_steps" USING btree ("_order");
  CREATE INDEX "_sops_v_version_steps_parent_id_idx" ON "_sops_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_version_steps_script_idx" ON "_sops_v_version_steps" USING btree ("script_id");
  CREATE INDEX "_sops_v_version_escalation_order_idx" ON "_sops_v_version_escalation" USING btree ("_order");
  CREATE INDEX "_sops_v_version_escalation_parent_id_idx" ON "_sops_v_version_escalation" USING btree ("_parent_id");
  CREATE INDEX "_sops_v_parent_idx" ON "_sops_v" USING btree ("parent_id");
  CREATE INDEX "_sops_v_version_version_slug_idx" ON "_sops_v" USING btree ("version_slug");
  CREATE INDEX "_sops_v_version_version_updated_at_idx" ON "_sops_v" USING btree ("version_updated_at");
  CREATE INDEX "_sops_v_version_version_created_at_idx" ON "_sops_v" USING btree ("version_created_at");
  CREATE INDEX "_sops_v_version_version__status_idx" ON "_sops_v" USING btree ("version__status");
  CREATE INDEX "_sops_v_created_at_idx" ON "_sops_v" USING btree ("created_at");
  CREATE INDEX "_sops_v_updated_at_idx" ON "_sops_v" USING btree ("updated_at");
  CREATE INDEX "_sops_v_latest_idx" ON "_sops_v" USING btree ("latest");
  CREATE INDEX "_sops_v_texts_order_parent" ON "_sops_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_sops_v_rels_order_idx" ON "_sops_v_rels" USING btree ("order");
  CREATE INDEX "_sops_v_rels_parent_idx" ON "_sops_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sops_v_rels_path_idx" ON "_sops_v_rels" USING btree ("path");
  CREATE INDEX "_sops_v_rels_situations_id_idx" ON "_sops_v_rels" USING btree ("situations_id");
  CREATE INDEX "_sops_v_rels_strategies_id_idx" ON "_sops_v_rels" USING btree ("strategies_id");
  CREATE UNIQUE INDEX "situations_slug_idx" ON "situations" USING btree ("slug");
  CREATE INDEX "situations_updated_at_idx" ON "situations" USING btree ("updated_at");
  CREATE INDEX "situations_created_at_idx" ON "situations" USING btree ("created_at");
  CREATE INDEX "situations__status_idx" ON "situations" USING btree ("_status");
  CREATE INDEX "situations_texts_order_parent" ON "situations_texts" USING btree ("order","parent_id");
  CREATE INDEX "_situations_v_parent_idx" ON "_situations_v" USING btree ("parent_id");
  CREATE INDEX "_situations_v_version_version_slug_idx" ON "_situations_v" USING btree ("version_slug");
  CREATE INDEX "_situations_v_version_version_updated_at_idx" ON "_situations_v" USING btree ("version_updated_at");
  CREATE INDEX "_situations_v_version_version_created_at_idx" ON "_situations_v" USING btree ("version_created_at");
  CREATE INDEX "_situations_v_version_version__status_idx" ON "_situations_v" USING btree ("version__status");
  CREATE INDEX "_situations_v_created_at_idx" ON "_situations_v" USING btree ("created_at");
  CREATE INDEX "_situations_v_updated_at_idx" ON "_situations_v" USING btree ("updated_at");
  CREATE INDEX "_situations_v_latest_idx" ON "_situations_v" USING btree ("latest");
  CREATE INDEX "_situations_v_texts_order_parent" ON "_situations_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "sources_slug_idx" ON "sources" USING btree ("slug");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources__status_idx" ON "sources" USING btree ("_status");
  CREATE INDEX "_sources_v_parent_idx" ON "_sources_v" USING btree ("parent_id");
  CREATE INDEX "_sources_v_version_version_slug_idx" ON "_sources_v" USING btree ("version_slug");
  CREATE INDEX "_sources_v_version_version_updated_at_idx" ON "_sources_v" USING btree ("version_updated_at");
  CREATE INDEX "_sources_v_version_version_created_at_idx" ON "_sources_v" USING btree ("version_created_at");
  CREATE INDEX "_sources_v_version_version__status_idx" ON "_sources_v" USING btree ("version__status");
  CREATE INDEX "_sources_v_created_at_idx" ON "_sources_v" USING btree ("created_at");
  CREATE INDEX "_sources_v_updated_at_idx" ON "_sources_v" USING btree ("updated_at");
  CREATE INDEX "_sources_v_latest_idx" ON "_sources_v" USING btree ("latest");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_strategies_id_idx" ON "payload_locked_documents_rels" USING btree ("strategies_id");
  CREATE INDEX "payload_locked_documents_rels_empathy_scripts_id_idx" ON "payload_locked_documents_rels" USING btree ("empathy_scripts_id");
  CREATE INDEX "payload_locked_documents_rels_sops_id_idx" ON "payload_locked_documents_rels" USING btree ("sops_id");
  CREATE INDEX "payload_locked_documents_rels_situations_id_idx" ON "payload_locked_documents_rels" USING btree ("situations_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "strategies_steps" CASCADE;
  DROP TABLE "strategies_pitfalls" CASCADE;
  DROP TABLE "strategies_stages" CASCADE;
  DROP TABLE "strategies" CASCADE;
  DROP TABLE "strategies_texts" CASCADE;
  DROP TABLE "strategies_rels" CASCADE;
  DROP TABLE "_strategies_v_version_steps" CASCADE;
  DROP TABLE "_strategies_v_version_pitfalls" CASCADE;
  DROP TABLE "_strategies_v_version_stages" CASCADE;
  DROP TABLE "_strategies_v" CASCADE;
  DROP TABLE "_strategies_v_texts" CASCADE;
  DROP TABLE "_strategies_v_rels" CASCADE;
  DROP TABLE "empathy_scripts_channels" CASCADE;
  DROP TABLE "empathy_scripts" CASCADE;
  DROP TABLE "empathy_scripts_texts" CASCADE;
  DROP TABLE "empathy_scripts_rels" CASCADE;
  DROP TABLE "_empathy_scripts_v_version_channels" CASCADE;
  DROP TABLE "_empathy_scripts_v" CASCADE;
  DROP TABLE "_empathy_scripts_v_texts" CASCADE;
  DROP TABLE "_empathy_scripts_v_rels" CASCADE;
  DROP TABLE "sops_steps_branches" CASCADE;
  DROP TABLE "sops_steps" CASCADE;
  DROP TABLE "sops_escalation" CASCADE;
  DROP TABLE "sops" CASCADE;
  DROP TABLE "sops_texts" CASCADE;
  DROP TABLE "sops_rels" CASCADE;
  DROP TABLE "_sops_v_version_steps_branches" CASCADE;
  DROP TABLE "_sops_v_version_steps" CASCADE;
  DROP TABLE "_sops_v_version_escalation" CASCADE;
  DROP TABLE "_sops_v" CASCADE;
  DROP TABLE "_sops_v_texts" CASCADE;
  DROP TABLE "_sops_v_rels" CASCADE;
  DROP TABLE "situations" CASCADE;
  DROP TABLE "situations_texts" CASCADE;
  DROP TABLE "_situations_v" CASCADE;
  DROP TABLE "_situations_v_texts" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "_sources_v" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_strategies_stages";
  DROP TYPE "public"."enum_strategies_status";
  DROP TYPE "public"."enum__strategies_v_version_stages";
  DROP TYPE "public"."enum__strategies_v_version_status";
  DROP TYPE "public"."enum_empathy_scripts_channels";
  DROP TYPE "public"."enum_empathy_scripts_stage";
  DROP TYPE "public"."enum_empathy_scripts_tone";
  DROP TYPE "public"."enum_empathy_scripts_status";
  DROP TYPE "public"."enum__empathy_scripts_v_version_channels";
  DROP TYPE "public"."enum__empathy_scripts_v_version_stage";
  DROP TYPE "public"."enum__empathy_scripts_v_version_tone";
  DROP TYPE "public"."enum__empathy_scripts_v_version_status";
  DROP TYPE "public"."enum_sops_steps_kind";
  DROP TYPE "public"."enum_sops_status";
  DROP TYPE "public"."enum__sops_v_version_steps_kind";
  DROP TYPE "public"."enum__sops_v_version_status";
  DROP TYPE "public"."enum_situations_status";
  DROP TYPE "public"."enum__situations_v_version_status";
  DROP TYPE "public"."enum_sources_status";
  DROP TYPE "public"."enum__sources_v_version_status";
  DROP TYPE "public"."enum_users_role";`)
}
