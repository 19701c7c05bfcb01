CREATE TABLE `chain_documents` (
	`chain_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`content` text NOT NULL,
	`revision` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`chain_id`, `kind`),
	FOREIGN KEY (`chain_id`) REFERENCES `chains`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "chain_documents_kind" CHECK("chain_documents"."kind" IN ('form', 'process')),
	CONSTRAINT "chain_documents_revision" CHECK("chain_documents"."revision" >= 1)
);
--> statement-breakpoint
CREATE INDEX `chain_documents_tenant` ON `chain_documents` (`tenant_id`);--> statement-breakpoint
ALTER TABLE `chains` ADD `revision` integer DEFAULT 0 NOT NULL;