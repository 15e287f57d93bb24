/* tafel-choice.h: the fixed value lists of the domain
 *
 * A choice is stored in the database by its id (a stable Dutch token such
 * as "deels_verwerkt") and shown to people by its label (an English msgid,
 * translated at the moment it is shown).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *id;
  const char *label;
} TafelChoice;

/* Each list ends with { NULL, NULL }. The first entry is the default. */
extern const TafelChoice tafel_traject_statuses[];
extern const TafelChoice tafel_uitvoeringsvarianten[];
extern const TafelChoice tafel_deelproduct_varianten[];
extern const TafelChoice tafel_inkoopniveaus[];
extern const TafelChoice tafel_geeltje_kinds[];
extern const TafelChoice tafel_geeltje_statuses[];
extern const TafelChoice tafel_deelnemer_roles[];
extern const TafelChoice tafel_evidence_levels[];
extern const TafelChoice tafel_aanbod_fits[];
extern const TafelChoice tafel_duration_units[];
extern const TafelChoice tafel_frequency_units[];
extern const TafelChoice tafel_niveaus[];
extern const TafelChoice tafel_bronnen[];
extern const TafelChoice tafel_opleidingsniveaus[];
extern const TafelChoice tafel_tijdsoorten[];
extern const TafelChoice tafel_intensiteit_eenheden[];
extern const TafelChoice tafel_duur_eenheden[];
extern const TafelChoice tafel_hoofdstukken[];
extern const TafelChoice tafel_eis_aspecten[];
extern const TafelChoice tafel_eis_soorten[];
extern const TafelChoice tafel_eis_statussen[];

guint        tafel_choice_count  (const TafelChoice *choices);
int          tafel_choice_index  (const TafelChoice *choices,
                                  const char        *id);
const char  *tafel_choice_intern (const TafelChoice *choices,
                                  const char        *id);
const char  *tafel_choice_label  (const TafelChoice *choices,
                                  const char        *id);
const char  *tafel_choice_id_for_label (const TafelChoice *choices,
                                        const char        *label);
char       **tafel_choice_dup_labels (const TafelChoice *choices);

G_END_DECLS
