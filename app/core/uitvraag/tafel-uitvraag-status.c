/* tafel-uitvraag-status.c: which organisation sent its sheets back, per session */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-deelnemer.h"
#include "tafel-error.h"
#include "tafel-inlevering.h"
#include "tafel-traject.h"
#include "tafel-uitvraag-import.h"

static void
free_regel (gpointer data)
{
  TafelUitvraagRegel *regel = data;

  g_free (regel->organisatie);
  g_free (regel->verstuurd_op);
  g_free (regel->ingeleverd_op);
  g_free (regel);
}

static void
set_str (char      **slot,
         const char *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

static int
compare_regels (gconstpointer a,
                gconstpointer b)
{
  const TafelUitvraagRegel *ra = *(TafelUitvraagRegel **) a;
  const TafelUitvraagRegel *rb = *(TafelUitvraagRegel **) b;
  g_autofree char *ka = g_utf8_collate_key (ra->organisatie, -1);
  g_autofree char *kb = g_utf8_collate_key (rb->organisatie, -1);
  int c = strcmp (ka, kb);

  return c != 0 ? c : (ra->organisatie_id > rb->organisatie_id) - (ra->organisatie_id < rb->organisatie_id);
}

/* A session's deadline ("YYYY-MM-DDTHH:MM", local time), or NULL. */
static GDateTime *
parse_deadline (const char *deadline)
{
  g_autoptr(GTimeZone) local = NULL;
  int y, mo, d, h = 23, mi = 59;

  if (deadline == NULL || *deadline == '\0')
    return NULL;
  if (sscanf (deadline, "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) < 3)
    return NULL;
  local = g_time_zone_new_local ();
  return g_date_time_new (local, y, mo, d, h, mi, 0);
}

static GDateTime *
parse_timestamp (const char *utc)
{
  return utc != NULL ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
}

/* The moment a return counts as handed in: the "modified" time the
 * workbook carries (Excel, LibreOffice and openpyxl write it on saving), so
 * that reading files in a day after the deadline does not make them late;
 * the moment it was imported when the file has none. */
static const char *
returned_at (TafelInlevering *in)
{
  const char *saved = tafel_entity_get_string (TAFEL_ENTITY (in), "gewijzigd");
  g_autoptr(GDateTime) parsed = NULL;

  if (saved != NULL && *saved != '\0')
    parsed = g_date_time_new_from_iso8601 (saved, NULL);
  return parsed != NULL ? saved : tafel_inlevering_get_created_at (in);
}

const char *
tafel_uitvraag_status_label (TafelUitvraagStatus status)
{
  switch (status)
    {
    case TAFEL_UITVRAAG_NIET_VERSTUURD:  return _("Not sent");
    case TAFEL_UITVRAAG_VERSTUURD:       return _("Sent");
    case TAFEL_UITVRAAG_TE_LAAT:         return _("Late");
    case TAFEL_UITVRAAG_INGELEVERD:      return _("Returned");
    case TAFEL_UITVRAAG_INGELEVERD_LAAT: return _("Returned late");
    case TAFEL_UITVRAAG_MET_FOUTEN:      return _("Returned with errors");
    default:                             return "";
    }
}

static TafelUitvraagRegel *
ensure_regel (GHashTable *regels,
              GPtrArray  *list,
              gint64      organisatie_id,
              GHashTable *names)
{
  TafelUitvraagRegel *regel = g_hash_table_lookup (regels, &organisatie_id);

  if (regel == NULL)
    {
      const char *name = g_hash_table_lookup (names, &organisatie_id);

      if (name == NULL)
        return NULL;   /* a deleted organisation */
      regel = g_new0 (TafelUitvraagRegel, 1);
      regel->organisatie_id = organisatie_id;
      regel->organisatie = g_strdup (name);
      g_ptr_array_add (list, regel);
      g_hash_table_insert (regels, &regel->organisatie_id, regel);
    }
  return regel;
}

GPtrArray *
tafel_uitvraag_status_list (TafelStore *store,
                            gint64      traject_id,
                            gint64      sessie_id,
                            GDateTime  *now,
                            GError    **error)
{
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(GPtrArray) organisaties = NULL;
  g_autoptr(GPtrArray) deelnemers = NULL;
  g_autoptr(GPtrArray) uitvragen = NULL;
  g_autoptr(GPtrArray) inleveringen = NULL;
  g_autoptr(GArray) attendance = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) org_of_deelnemer = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) regels = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (free_regel);
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GDateTime) current = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  sessie = tafel_store_get (store, TAFEL_TYPE_SESSIE, sessie_id, error);
  if (sessie == NULL)
    return NULL;
  if (tafel_entity_get_traject_id (TAFEL_ENTITY (sessie)) != traject_id)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                   _("Session “%s” belongs to another traject."), tafel_sessie_get_name (sessie));
      return NULL;
    }

  if ((organisaties = tafel_store_list (store, TAFEL_TYPE_ORGANISATIE, traject_id, error)) == NULL ||
      (deelnemers = tafel_store_list (store, TAFEL_TYPE_DEELNEMER, traject_id, error)) == NULL ||
      (uitvragen = tafel_store_list (store, TAFEL_TYPE_UITVRAAG, traject_id, error)) == NULL ||
      (inleveringen = tafel_store_list (store, TAFEL_TYPE_INLEVERING, traject_id, error)) == NULL ||
      (attendance = tafel_store_get_attendance (store, traject_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < organisaties->len; i++)
    {
      TafelEntity *o = organisaties->pdata[i];
      gint64 *key = g_new (gint64, 1);

      *key = tafel_entity_get_id (o);
      g_hash_table_insert (names, key, (gpointer) tafel_organisatie_get_name (TAFEL_ORGANISATIE (o)));
    }
  for (guint i = 0; i < deelnemers->len; i++)
    {
      TafelEntity *d = deelnemers->pdata[i];
      gint64 *key = g_new (gint64, 1);

      *key = tafel_entity_get_id (d);
      g_hash_table_insert (org_of_deelnemer, key,
                           GSIZE_TO_POINTER ((gsize) tafel_deelnemer_get_organisatie_id (TAFEL_DEELNEMER (d))));
    }

  /* invited: someone of the organisation is at the session */
  for (guint i = 0; i < attendance->len; i++)
    {
      TafelAttendance *a = &g_array_index (attendance, TafelAttendance, i);
      gint64 organisatie_id;

      if (a->sessie_id != sessie_id)
        continue;
      organisatie_id = (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (org_of_deelnemer, &a->deelnemer_id));
      if (organisatie_id != 0)
        ensure_regel (regels, list, organisatie_id, names);
    }
  /* nobody marked present (a session still to come): every organisation
   * of the traject is invited */
  if (list->len == 0)
    for (guint i = 0; i < organisaties->len; i++)
      ensure_regel (regels, list, tafel_entity_get_id (organisaties->pdata[i]), names);
  /* and those a workbook was made for, or that sent one back */
  for (guint i = 0; i < uitvragen->len; i++)
    {
      TafelUitvraag *u = uitvragen->pdata[i];
      TafelUitvraagRegel *regel;

      if (tafel_uitvraag_get_sessie_id (u) != sessie_id || tafel_uitvraag_get_organisatie_id (u) == 0)
        continue;
      regel = ensure_regel (regels, list, tafel_uitvraag_get_organisatie_id (u), names);
      if (regel != NULL && g_strcmp0 (tafel_uitvraag_get_created_at (u), regel->verstuurd_op) > 0)
        set_str (&regel->verstuurd_op, tafel_uitvraag_get_created_at (u));
    }
  for (guint i = 0; i < inleveringen->len; i++)
    {
      TafelInlevering *in = inleveringen->pdata[i];
      TafelUitvraagRegel *regel;

      if (tafel_inlevering_get_sessie_id (in) != sessie_id ||
          !g_str_equal (tafel_inlevering_get_status (in), "actief"))
        continue;
      regel = ensure_regel (regels, list, tafel_inlevering_get_organisatie_id (in), names);
      if (regel == NULL)
        continue;
      /* when the provider last saved it, as the file says; else when it was read in */
      set_str (&regel->ingeleverd_op, returned_at (in));
      regel->inlevering_id = tafel_entity_get_id (TAFEL_ENTITY (in));
      if (tafel_inlevering_get_n_fouten (in) > 0)
        regel->status = TAFEL_UITVRAAG_MET_FOUTEN;
    }
  deadline = parse_deadline (tafel_sessie_get_deadline (sessie));
  current = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  for (guint i = 0; i < list->len; i++)
    {
      TafelUitvraagRegel *regel = list->pdata[i];

      if (regel->status == TAFEL_UITVRAAG_MET_FOUTEN)
        continue;
      if (regel->ingeleverd_op != NULL)
        {
          g_autoptr(GDateTime) when = parse_timestamp (regel->ingeleverd_op);

          regel->status = deadline != NULL && when != NULL && g_date_time_compare (when, deadline) > 0
                          ? TAFEL_UITVRAAG_INGELEVERD_LAAT : TAFEL_UITVRAAG_INGELEVERD;
        }
      else if (regel->verstuurd_op != NULL)
        regel->status = deadline != NULL && g_date_time_compare (current, deadline) > 0
                        ? TAFEL_UITVRAAG_TE_LAAT : TAFEL_UITVRAAG_VERSTUURD;
      else
        regel->status = TAFEL_UITVRAAG_NIET_VERSTUURD;
    }

  g_ptr_array_sort (list, compare_regels);
  return g_steal_pointer (&list);
}
