/* tafel-geeltje-filter.h: which sticky notes the list shows
 *
 * A GtkFilter on TafelGeeltje: search words (each must occur, ignoring case
 * and accents, in the text, the organisation or the deelproduct) and exact
 * choices of session, deelproduct, organisation, kind and status. A note
 * edited elsewhere is checked again (soon, or at once with _flush).
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

/* For the id filters: any value; 0 means "none chosen". */
#define TAFEL_GEELTJE_FILTER_ANY ((gint64) -1)

#define TAFEL_TYPE_GEELTJE_FILTER (tafel_geeltje_filter_get_type ())
G_DECLARE_FINAL_TYPE (TafelGeeltjeFilter, tafel_geeltje_filter, TAFEL, GEELTJE_FILTER, GtkFilter)

TafelGeeltjeFilter *tafel_geeltje_filter_new        (void);
void                tafel_geeltje_filter_set_model  (TafelGeeltjeFilter *self,
                                                     TafelTrajectModel  *model);
void                tafel_geeltje_filter_set_search (TafelGeeltjeFilter *self,
                                                     const char         *text);
const char         *tafel_geeltje_filter_get_search (TafelGeeltjeFilter *self);
/* @type: TAFEL_TYPE_SESSIE, TAFEL_TYPE_DEELPRODUCT or TAFEL_TYPE_ORGANISATIE */
void                tafel_geeltje_filter_set_ref    (TafelGeeltjeFilter *self,
                                                     GType               type,
                                                     gint64              id);
gint64              tafel_geeltje_filter_get_ref    (TafelGeeltjeFilter *self,
                                                     GType               type);
/* A choice id of tafel_geeltje_kinds / tafel_geeltje_statuses, or NULL for any. */
void                tafel_geeltje_filter_set_kind   (TafelGeeltjeFilter *self,
                                                     const char         *kind);
void                tafel_geeltje_filter_set_status (TafelGeeltjeFilter *self,
                                                     const char         *status);
gboolean            tafel_geeltje_filter_is_active  (TafelGeeltjeFilter *self);
void                tafel_geeltje_filter_reset      (TafelGeeltjeFilter *self);
void                tafel_geeltje_filter_flush      (TafelGeeltjeFilter *self);

/* Lower case without accents, for matching: "Één" → "een". */
char               *tafel_geeltje_filter_fold       (const char         *text);

G_END_DECLS
