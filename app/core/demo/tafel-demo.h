/* tafel-demo.h: a realistic demo traject, the same for the same seed
 *
 * tafel_demo_create() builds a traject from the "segment-veel-voorkomend"
 * template and fills it with three sessions, invented care providers and
 * their participants, sticky notes and offerings, all in one store batch:
 * either everything is stored or nothing is. The content depends only on
 * the options: the same options give the same rows (apart from row ids and
 * the moments the store stamps on the traject and its sessions).
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_DEMO_MIN_ORGANISATIONS 1
#define TAFEL_DEMO_MAX_ORGANISATIONS 5000
#define TAFEL_DEMO_MAX_GEELTJES      1000000
#define TAFEL_DEMO_TEMPLATE          "segment-veel-voorkomend"

typedef struct {
  guint32     seed;             /* same seed, same traject */
  guint       n_organisations;  /* default 25, a real workshop; the municipality comes on top */
  guint       n_geeltjes;       /* default 400 */
  const char *name;             /* NULL: a name derived from the seed */
} TafelDemoOptions;

void          tafel_demo_options_init     (TafelDemoOptions       *options);
gboolean      tafel_demo_options_validate (const TafelDemoOptions *options,
                                           GError                **error);
TafelTraject *tafel_demo_create           (TafelStore             *store,
                                           const TafelDemoOptions *options,
                                           GError                **error);

G_END_DECLS
