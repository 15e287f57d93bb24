/* tafel-eis.h: the requirements (eisen en wensen) of the Programma van
 * Eisen, their sources, and the log of exports
 *
 * A requirement belongs to a chapter: Algemeen, Kwaliteit, or one
 * deelproduct (then with the aspect of the verordening it covers). An
 * "eis" is knock-out, a "wens" an award criterion with an optional weight
 * (a decimal in hundredths). Its sources (TafelEisbron) are the geeltjes
 * and proposals it came from. Numbers are not stored: they follow from the
 * order (see tafel-eis-nummer.h) and are kept per export.
 */
#pragma once

#include "tafel-entity.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EIS (tafel_eis_get_type ())
G_DECLARE_FINAL_TYPE (TafelEis, tafel_eis, TAFEL, EIS, TafelEntity)

#define TAFEL_TYPE_EISBRON (tafel_eisbron_get_type ())
G_DECLARE_FINAL_TYPE (TafelEisbron, tafel_eisbron, TAFEL, EISBRON, TafelEntity)

#define TAFEL_TYPE_EXPORTLOG (tafel_exportlog_get_type ())
G_DECLARE_FINAL_TYPE (TafelExportlog, tafel_exportlog, TAFEL, EXPORTLOG, TafelEntity)

#define TAFEL_EIS_TEKST_MAX 4000

TafelEis      *tafel_eis_new                (gint64        traject_id);
const char    *tafel_eis_get_hoofdstuk      (TafelEis     *self);
gint64         tafel_eis_get_deelproduct_id (TafelEis     *self);
const char    *tafel_eis_get_aspect         (TafelEis     *self);
const char    *tafel_eis_get_tekst          (TafelEis     *self);
const char    *tafel_eis_get_soort          (TafelEis     *self);
gint64         tafel_eis_get_gewicht        (TafelEis     *self);
const char    *tafel_eis_get_status         (TafelEis     *self);
gint64         tafel_eis_get_position       (TafelEis     *self);

TafelEisbron  *tafel_eisbron_new            (gint64        traject_id);
gint64         tafel_eisbron_get_eis_id     (TafelEisbron *self);
gint64         tafel_eisbron_get_geeltje_id (TafelEisbron *self);
gint64         tafel_eisbron_get_intensiteit_id (TafelEisbron *self);
gint64         tafel_eisbron_get_mixregel_id (TafelEisbron *self);

TafelExportlog *tafel_exportlog_new        (gint64        traject_id);
const char    *tafel_exportlog_get_versie  (TafelExportlog *self);
gboolean       tafel_exportlog_is_definitief (TafelExportlog *self);

G_END_DECLS
