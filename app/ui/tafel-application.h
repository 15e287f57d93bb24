/* tafel-application.h: the application: one database, one window */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_APPLICATION (tafel_application_get_type ())
G_DECLARE_FINAL_TYPE (TafelApplication, tafel_application, TAFEL, APPLICATION, AdwApplication)

TafelApplication *tafel_application_new          (void);
TafelStore       *tafel_application_get_store    (TafelApplication *self);
const GError     *tafel_application_get_store_error (TafelApplication *self);
GSettings        *tafel_application_get_settings (TafelApplication *self);
void              tafel_application_set_db_path  (TafelApplication *self,
                                                  const char       *path);

G_END_DECLS
