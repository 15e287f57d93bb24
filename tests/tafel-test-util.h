/* tafel-test-util.h: shared helpers for the test programs */
#pragma once

#include <glib.h>

#include "tafel-store.h"

G_BEGIN_DECLS

char       *tafel_test_make_tmpdir     (void);
void        tafel_test_remove_tree     (const char *path);
TafelStore *tafel_test_open_store      (const char *dir,
                                        const char *name);
TafelTraject *tafel_test_create_traject (TafelStore *store,
                                         const char *template_id,
                                         const char *name);

gboolean    tafel_test_use_dutch       (void);
void        tafel_test_use_english     (void);
gboolean    tafel_test_run_as_nobody   (const char *dir,
                                        void      (*func) (gpointer data),
                                        gpointer    data);

G_END_DECLS
