import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."_locales" ADD VALUE 'vi';
  ALTER TYPE "public"."_locales" ADD VALUE 'lt';
  ALTER TYPE "public"."_locales" ADD VALUE 'ro';
  ALTER TYPE "public"."_locales" ADD VALUE 'sq';
  ALTER TYPE "public"."_locales" ADD VALUE 'pl';
  ALTER TYPE "public"."_locales" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'vi';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'lt';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'ro';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'sq';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'pl';
  ALTER TYPE "public"."enum__pages_v_published_locale" ADD VALUE 'ar';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'vi';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'lt';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'ro';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'sq';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'pl';
  ALTER TYPE "public"."enum__news_v_published_locale" ADD VALUE 'ar';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "pages_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_pages_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "news_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "_news_v_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "media_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "site_settings_navigation_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "site_settings_footer_links_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  ALTER TABLE "site_settings_locales" ALTER COLUMN "_locale" SET DATA TYPE text;
  DROP TYPE "public"."_locales";
  CREATE TYPE "public"."_locales" AS ENUM('en');
  ALTER TABLE "pages_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "pages_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "news_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_rich_text" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_image" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_pull_quote" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_statistic" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_call_to_action_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_call_to_action" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_related_links_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_blocks_related_links" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_news_v_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "media_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "site_settings_navigation_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "site_settings_footer_links_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "site_settings_locales" ALTER COLUMN "_locale" SET DATA TYPE "public"."_locales" USING "_locale"::"public"."_locales";
  ALTER TABLE "_pages_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__pages_v_published_locale";
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en');
  ALTER TABLE "_pages_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__pages_v_published_locale" USING "published_locale"::"public"."enum__pages_v_published_locale";
  ALTER TABLE "_news_v" ALTER COLUMN "published_locale" SET DATA TYPE text;
  DROP TYPE "public"."enum__news_v_published_locale";
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('en');
  ALTER TABLE "_news_v" ALTER COLUMN "published_locale" SET DATA TYPE "public"."enum__news_v_published_locale" USING "published_locale"::"public"."enum__news_v_published_locale";`)
}
