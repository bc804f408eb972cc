CREATE TABLE "inventory" (
	"sku" text PRIMARY KEY NOT NULL,
	"product_slug" text NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_on_hand_non_negative" CHECK ("inventory"."on_hand" >= 0),
	CONSTRAINT "inventory_reserved_non_negative" CHECK ("inventory"."reserved" >= 0)
);
--> statement-breakpoint
CREATE INDEX "inventory_product_slug_idx" ON "inventory" USING btree ("product_slug");