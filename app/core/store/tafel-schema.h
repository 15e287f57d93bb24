/* tafel-schema.h: the database schema and its migrations */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every Ontwikkeltafel database: "OTaf". */
#define TAFEL_APPLICATION_ID 0x4F546166

/* Migration n (1-based) takes a database from user_version n-1 to n. */
extern const char *const tafel_schema_migrations[];

int tafel_schema_get_latest_version (void);

G_END_DECLS
