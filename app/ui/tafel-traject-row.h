/* tafel-traject-row.h: one traject in the start page's list */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TRAJECT_ROW (tafel_traject_row_get_type ())
G_DECLARE_FINAL_TYPE (TafelTrajectRow, tafel_traject_row, TAFEL, TRAJECT_ROW, GtkListBoxRow)

TafelTrajectRow *tafel_traject_row_new         (TafelTraject             *traject);
TafelTraject    *tafel_traject_row_get_traject (TafelTrajectRow          *self);
gint64           tafel_traject_row_get_id      (TafelTrajectRow          *self);
void             tafel_traject_row_set_counts  (TafelTrajectRow          *self,
                                                const TafelTrajectCounts *counts);

char            *tafel_traject_counts_format   (const TafelTrajectCounts *counts);
char            *tafel_traject_modified_format (const char               *timestamp,
                                                GDateTime                *now);

G_END_DECLS
