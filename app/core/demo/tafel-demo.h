/* tafel-demo.h: a realistic demo traject, the same for the same seed */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

typedef struct {
  guint32     seed;             /* same seed, same traject */
  guint       n_organisations;  /* default 25, a real workshop */
  guint       n_geeltjes;       /* default 400 */
  const char *name;             /* NULL: a name derived from the seed */
} TafelDemoOptions;

void          tafel_demo_options_init (TafelDemoOptions       *options);
TafelTraject *tafel_demo_create       (TafelStore             *store,
                                       const TafelDemoOptions *options,
                                       GError                **error);

G_END_DECLS
