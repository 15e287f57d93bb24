/* tafel-eis-nummer.h: the numbers of the requirements, chapter.section.n
 *
 * Chapter 1 is Algemeen, 2 Kwaliteit, and every live deelproduct has a
 * chapter of its own from 3 on, in the order of the product structure,
 * whether or not it has requirements yet (so that adding the first one
 * does not move the others). Algemeen and Kwaliteit have one section, 1;
 * in a deelproduct's chapter the section is its aspect, always the same
 * number: 1 doelgroepen, 2 activiteiten, 3 doorlooptijd, 4 intensiteit,
 * 5 kwaliteit, 6 beoogd resultaat, 7 productcode, 8 functiemix, 9 overig.
 * n counts the requirements of a section in their order, from 1. Numbers
 * are not stored: moving or deleting a requirement renumbers cleanly; an
 * export keeps the numbers it printed (table eis_nummer).
 *
 * The requirements that follow from the decisions of a deelproduct
 * (tafel_eis_uit_besluiten(): intensity, duration, function mix, group
 * parameters) are numbered first in their sections, 4 intensiteit and 8
 * functiemix, and the stored ones of those sections after them, so the
 * numbers shown anywhere are the numbers the workbook prints.
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

guint       tafel_eis_sectie       (const char  *hoofdstuk,
                                    const char  *aspect);
GHashTable *tafel_eis_nummers      (TafelStore  *store,
                                    gint64       traject_id,
                                    GError     **error);
GHashTable *tafel_eis_nummers_full (TafelStore  *store,
                                    gint64       traject_id,
                                    GPtrArray  **generated,
                                    GPtrArray  **generated_nummers,
                                    GError     **error);
int         tafel_eis_nummer_compare (const char *a,
                                      const char *b);

G_END_DECLS
