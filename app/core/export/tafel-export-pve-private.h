/* tafel-export-pve-private.h: what the sheets of the Programma van Eisen share */
#pragma once

#include "tafel-export-pve.h"
#include "tafel-store-private.h"
#include "tafel-voorstel-stats.h"
#include "tafel-xlsx.h"

G_BEGIN_DECLS

typedef struct {
  TafelStore         *store;
  TafelTraject       *traject;
  gint64              traject_id;
  TafelXlsx          *xlsx;
  TafelTrajectCounts  counts;
  guint               n_per_status[4];   /* by index in tafel_geeltje_statuses */
  GHashTable         *n_per_deelproduct; /* id → count, as GUINT_TO_POINTER */
  GPtrArray          *sessies;           /* in date order */
  GPtrArray          *deelproducten;     /* in the order of the product structure */
  GPtrArray          *stats;             /* TafelDeelproductStats * per deelproduct, in the same
                                          * order; NULL until _tafel_pve_load_stats() */

  const TafelPveOptions *options;
  char               *version;           /* the label printed and logged */
  GHashTable         *nummers;           /* stored requirement id (gint64 *) → "3.4.2" */
  GPtrArray          *generated;         /* TafelEis (id 0) from the decisions */
  GPtrArray          *generated_nummers; /* their numbers, in the same order */
  GPtrArray          *eisen;             /* the stored requirements, by position */
  GPtrArray          *findings;          /* TafelBevinding * of tafel_controle_run() */
  GHashTable         *aliases;           /* organisation name → "Provider A" when anonymising */
} TafelPveExport;

const char *_tafel_pve_organisation   (TafelPveExport     *ex,
                                       const char         *name);
const char **_tafel_pve_dup_labels    (const TafelChoice  *choices);
gboolean _tafel_pve_write_eisen       (TafelPveExport     *ex,
                                       GError            **error);
gboolean _tafel_pve_write_deelnemers  (TafelPveExport     *ex,
                                       GError            **error);
gboolean _tafel_pve_write_controle    (TafelPveExport     *ex,
                                       GError            **error);

void     _tafel_pve_write_header      (TafelXlsxSheet     *sheet,
                                       guint32             row,
                                       const char *const  *msgids,
                                       guint               n);
gboolean _tafel_pve_finish_query      (TafelPveExport     *ex,
                                       sqlite3_stmt       *stmt,
                                       int                 rc,
                                       GError            **error);
gboolean _tafel_pve_load_stats        (TafelPveExport     *ex,
                                       GError            **error);
gboolean _tafel_pve_write_intensiteit (TafelPveExport     *ex,
                                       GError            **error);
gboolean _tafel_pve_write_functiemix  (TafelPveExport     *ex,
                                       GError            **error);
gboolean _tafel_pve_write_tarieven    (TafelPveExport     *ex,
                                       GError            **error);
gboolean _tafel_pve_write_verantwoording (TafelPveExport  *ex,
                                       GError            **error);

G_END_DECLS
