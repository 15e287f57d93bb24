/* tafel-choice.c: the fixed value lists of the domain */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-choice.h"

const TafelChoice tafel_traject_statuses[] = {
  { "voorbereiding", N_("In preparation") },
  { "lopend", N_("Running") },
  { "afgerond", N_("Completed") },
  { NULL, NULL }
};

const TafelChoice tafel_uitvoeringsvarianten[] = {
  { "inspanningsgericht", N_("Effort-based") },
  { "outputgericht", N_("Output-based") },
  { "taakgericht", N_("Task-based") },
  { NULL, NULL }
};

/* A deelproduct follows its traject unless it says otherwise. */
const TafelChoice tafel_deelproduct_varianten[] = {
  { "traject", N_("As the traject") },
  { "inspanningsgericht", N_("Effort-based") },
  { "outputgericht", N_("Output-based") },
  { "taakgericht", N_("Task-based") },
  { NULL, NULL }
};

const TafelChoice tafel_inkoopniveaus[] = {
  { "regionaal", N_("Regional") },
  { "lokaal", N_("Local") },
  { "lokaal_regionaal", N_("Local/regional (to be decided)") },
  { "bovenregionaal", N_("Supra-regional") },
  { NULL, NULL }
};

const TafelChoice tafel_geeltje_kinds[] = {
  { "tekstueel", N_("Textual") },
  { "conceptueel", N_("Conceptual") },
  { "algemeen", N_("General") },
  { NULL, NULL }
};

const TafelChoice tafel_geeltje_statuses[] = {
  { "open", N_("Open") },
  { "verwerkt", N_("Processed") },
  { "deels_verwerkt", N_("Partly processed") },
  { "niet_verwerkt", N_("Not processed") },
  { NULL, NULL }
};

const TafelChoice tafel_deelnemer_roles[] = {
  { "aanbieder", N_("Provider") },
  { "gemeente", N_("Municipality") },
  { "begeleider", N_("Facilitator") },
  { "clientvertegenwoordiger", N_("Client representative") },
  { "overig", N_("Other") },
  { NULL, NULL }
};

const TafelChoice tafel_evidence_levels[] = {
  { "onbekend", N_("Unknown") },
  { "evidence_based", N_("Evidence based") },
  { "practice_based", N_("Practice based") },
  { "andere_methode", N_("Other method") },
  { NULL, NULL }
};

const TafelChoice tafel_aanbod_fits[] = {
  { "onbekend", N_("Not assessed") },
  { "past", N_("Fits") },
  { "past_deels", N_("Partly fits") },
  { "past_niet", N_("Does not fit") },
  { NULL, NULL }
};

const TafelChoice tafel_duration_units[] = {
  { "maanden", N_("months") },
  { "weken", N_("weeks") },
  { "jaren", N_("years") },
  { NULL, NULL }
};

const TafelChoice tafel_frequency_units[] = {
  { "jaar", N_("per year") },
  { "maand", N_("per month") },
  { "week", N_("per week") },
  { NULL, NULL }
};

/* The intensity levels of a trajectory, lightest first. */
const TafelChoice tafel_niveaus[] = {
  { "licht", N_("Light") },
  { "middel", N_("Medium") },
  { "zwaar", N_("Heavy") },
  { "intensief", N_("Intensive") },
  { NULL, NULL }
};

/* Where a value comes from: a provider's proposal or the region's decision. */
const TafelChoice tafel_bronnen[] = {
  { "voorstel", N_("Proposal") },
  { "besluit", N_("Decision") },
  { NULL, NULL }
};

const TafelChoice tafel_opleidingsniveaus[] = {
  { "hbo", N_("HBO") },
  { "mbo", N_("MBO") },
  { "wo", N_("WO") },
  { "post_wo_big", N_("Post-WO/BIG") },
  { NULL, NULL }
};

const TafelChoice tafel_tijdsoorten[] = {
  { "direct", N_("Direct time") },
  { "indirect", N_("Indirect time") },
  { NULL, NULL }
};

const TafelChoice tafel_intensiteit_eenheden[] = {
  { "uren_per_week", N_("hours per week") },
  { "uren_per_maand", N_("hours per month") },
  { "dagdelen_per_week", N_("day parts per week") },
  { NULL, NULL }
};

const TafelChoice tafel_duur_eenheden[] = {
  { "weken", N_("weeks") },
  { "maanden", N_("months") },
  { NULL, NULL }
};

guint
tafel_choice_count (const TafelChoice *choices)
{
  guint n = 0;

  while (choices[n].id != NULL)
    n++;

  return n;
}

int
tafel_choice_index (const TafelChoice *choices,
                    const char        *id)
{
  if (id == NULL)
    return -1;

  for (int i = 0; choices[i].id != NULL; i++)
    {
      if (g_str_equal (choices[i].id, id))
        return i;
    }

  return -1;
}

/* Returns the static id string equal to @id, or NULL when @id is not one of
 * the choices. Entities keep these static pointers, never copies. */
const char *
tafel_choice_intern (const TafelChoice *choices,
                     const char        *id)
{
  int i = tafel_choice_index (choices, id);

  return i < 0 ? NULL : choices[i].id;
}

/* The translated label, or @id itself when it is unknown. */
const char *
tafel_choice_label (const TafelChoice *choices,
                    const char        *id)
{
  int i = tafel_choice_index (choices, id);

  return i < 0 ? id : _(choices[i].label);
}

/* Accepts the id, the translated label or the English label, in any case. */
const char *
tafel_choice_id_for_label (const TafelChoice *choices,
                           const char        *label)
{
  g_autofree char *folded = NULL;

  if (label == NULL)
    return NULL;

  folded = g_utf8_casefold (label, -1);

  for (int i = 0; choices[i].id != NULL; i++)
    {
      g_autofree char *translated = g_utf8_casefold (_(choices[i].label), -1);
      g_autofree char *english = g_utf8_casefold (choices[i].label, -1);

      if (g_str_equal (choices[i].id, folded) ||
          g_str_equal (translated, folded) ||
          g_str_equal (english, folded))
        return choices[i].id;
    }

  return NULL;
}

char **
tafel_choice_dup_labels (const TafelChoice *choices)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **labels;

  for (int i = 0; choices[i].id != NULL; i++)
    g_strv_builder_add (builder, _(choices[i].label));

  labels = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return labels;
}

/* The chapters of the Programma van Eisen, in their order. */
const TafelChoice tafel_hoofdstukken[] = {
  { "algemeen", N_("General") },
  { "kwaliteit", N_("Quality") },
  { "deelproduct", N_("Deelproduct") },
  { NULL, NULL }
};

/* What a requirement of a deelproduct covers: the aspects of the
 * verordening, then the function mix and everything else; in this order
 * they become the sections of a deelproduct's chapter. */
const TafelChoice tafel_eis_aspecten[] = {
  { "overig", N_("Other") },
  { "doelgroepen", N_("Target groups") },
  { "activiteiten", N_("Activities") },
  { "doorlooptijd", N_("Lead time") },
  { "intensiteit", N_("Intensity") },
  { "kwaliteit", N_("Quality") },
  { "beoogd_resultaat", N_("Intended result") },
  { "productcode", N_("Product code") },
  { "functiemix", N_("Function mix") },
  { NULL, NULL }
};

const TafelChoice tafel_eis_soorten[] = {
  { "eis", N_("Requirement (knock-out)") },
  { "wens", N_("Wish (award criterion)") },
  { NULL, NULL }
};

const TafelChoice tafel_eis_statussen[] = {
  { "concept", N_("Draft") },
  { "vastgesteld", N_("Adopted") },
  { NULL, NULL }
};
