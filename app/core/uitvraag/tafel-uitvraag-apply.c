/* tafel-uitvraag-apply.c: storing a read return, and taking it back
 *
 * One transaction each. What a return adds carries its inlevering id and
 * "sheet, row"; what it takes away (the earlier return of the
 * organisation for the session, and its proposals for the same
 * deelproducten entered in the room) is soft-deleted and listed in
 * inlevering_vervangen, so that undo brings exactly that back.
 */
#include "config.h"

#include <sqlite3.h>

#include <glib/gi18n-lib.h>

#include "tafel-deelnemer.h"
#include "tafel-error.h"
#include "tafel-functieprofiel.h"
#include "tafel-geeltje.h"
#include "tafel-store-private.h"
#include "tafel-uitvraag-import-private.h"
#include "tafel-verwerking.h"
#include "tafel-voorstel.h"

typedef struct {
  const char *table;
  GType     (*get_type) (void);
} ImportTable;

static const ImportTable import_tables[] = {
  { "geeltje", tafel_geeltje_get_type },
  { "aanbod", tafel_aanbod_get_type },
  { "intensiteit", tafel_intensiteit_get_type },
  { "mixregel", tafel_mixregel_get_type },
  { "groepsparameters", tafel_groepsparameters_get_type },
};

/* ---- helpers -------------------------------------------------------- */

/* The ids @sql selects, with ?1 … ?n bound to the @n_ints integers and,
 * when @text is not NULL, ?n+1 to @text. */
static GArray *
select_ids (TafelStore  *store,
            const char  *sql,
            const gint64 *ints,
            guint        n_ints,
            const char  *text,
            GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _tafel_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < n_ints; i++)
    sqlite3_bind_int64 (stmt, (int) i + 1, ints[i]);
  if (text != NULL)
    sqlite3_bind_text (stmt, (int) n_ints + 1, text, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
record_replaced (TafelStore *store,
                 gint64      inlevering_id,
                 const char *table,
                 gint64      row_id,
                 GError    **error)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (store,
                                             "INSERT OR IGNORE INTO inlevering_vervangen (inlevering_id, tabel, rij_id)"
                                             " VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, inlevering_id);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, row_id);
  return _tafel_store_step_done (store, stmt, error);
}

/* Soft-deletes the rows @ids of @t and lists them as replaced by @by. */
static gboolean
replace_rows (TafelStore        *store,
              const ImportTable *t,
              GArray            *ids,
              gint64             by,
              GPtrArray         *keep,
              GError           **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(TafelEntity) row = tafel_store_get (store, t->get_type (), id, error);

      if (row == NULL ||
          !tafel_store_delete (store, row, error) ||
          !record_replaced (store, by, t->table, id, error))
        return FALSE;
      if (keep != NULL)
        g_ptr_array_add (keep, g_steal_pointer (&row));
    }
  return TRUE;
}

/* ---- what a return takes away --------------------------------------- */

/* Everything the earlier return added; its processed geeltjes are kept
 * in @old_geeltjes so their processing carries over. */
static gboolean
replace_earlier (TafelUitvraagImport *self,
                 gint64               by,
                 GPtrArray           *old_geeltjes,
                 GError             **error)
{
  g_autoptr(TafelInlevering) earlier = NULL;

  for (guint t = 0; t < G_N_ELEMENTS (import_tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE inlevering_id = ?1 AND deleted_at IS NULL",
                                              import_tables[t].table);
      g_autoptr(GArray) ids = select_ids (self->store, sql, &self->vervangt_id, 1, NULL, error);

      if (ids == NULL ||
          !replace_rows (self->store, &import_tables[t], ids, by, t == 0 ? old_geeltjes : NULL, error))
        return FALSE;
    }

  earlier = tafel_store_get (self->store, TAFEL_TYPE_INLEVERING, self->vervangt_id, error);
  return earlier != NULL && tafel_store_set_string (self->store, earlier, "status", "vervangen", error);
}

/* The organisation's proposals entered in the room for this session for
 * the deelproducten (and levels) the return answers. */
static gboolean
replace_room_proposals (TafelUitvraagImport *self,
                        gint64               by,
                        GError             **error)
{
  gint64 ints[3] = { self->organisatie_id, self->sessie_id, 0 };

  for (guint i = 0; i < self->intensiteit->len; i++)
    {
      ImportIntensiteit *v = &g_array_index (self->intensiteit, ImportIntensiteit, i);
      g_autoptr(GArray) ids = NULL;

      ints[2] = v->deelproduct_id;
      ids = select_ids (self->store,
                        "SELECT id FROM intensiteit WHERE organisatie_id = ?1 AND sessie_id = ?2"
                        " AND deelproduct_id = ?3 AND niveau = ?4 AND bron = 'voorstel' AND deleted_at IS NULL",
                        ints, 3, v->niveau, error);
      if (ids == NULL || !replace_rows (self->store, &import_tables[2], ids, by, NULL, error))
        return FALSE;
    }
  for (guint i = 0; i < self->mixen->len; i++)
    {
      g_autoptr(GArray) ids = NULL;

      ints[2] = ((ImportMix *) self->mixen->pdata[i])->deelproduct_id;
      ids = select_ids (self->store,
                        "SELECT id FROM mixregel WHERE organisatie_id = ?1 AND sessie_id = ?2"
                        " AND deelproduct_id = ?3 AND bron = 'voorstel' AND deleted_at IS NULL",
                        ints, 3, NULL, error);
      if (ids == NULL || !replace_rows (self->store, &import_tables[3], ids, by, NULL, error))
        return FALSE;
    }
  for (guint i = 0; i < self->groepen->len; i++)
    {
      g_autoptr(GArray) ids = NULL;

      ints[2] = g_array_index (self->groepen, ImportGroep, i).deelproduct_id;
      ids = select_ids (self->store,
                        "SELECT id FROM groepsparameters WHERE organisatie_id = ?1 AND sessie_id = ?2"
                        " AND deelproduct_id = ?3 AND bron = 'voorstel' AND deleted_at IS NULL",
                        ints, 3, NULL, error);
      if (ids == NULL || !replace_rows (self->store, &import_tables[4], ids, by, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- what a return adds --------------------------------------------- */

static void
set_proposal_origin (gpointer             entity,
                     TafelUitvraagImport *self,
                     gint64               deelproduct_id,
                     gint64               inlevering_id,
                     const char          *herkomst)
{
  g_object_set (entity,
                "deelproduct-id", deelproduct_id,
                "organisatie-id", self->organisatie_id,
                "sessie-id", self->sessie_id,
                "bron", "voorstel",
                "inlevering-id", inlevering_id,
                "herkomst", herkomst,
                NULL);
}

/* A processed geeltje of the earlier return with the same deelproduct,
 * kind and text passes its processing on to the new one. */
static gboolean
carry_over (TafelUitvraagImport *self,
            TafelGeeltje        *geeltje,
            GPtrArray           *old_geeltjes,
            GError             **error)
{
  for (guint i = 0; i < old_geeltjes->len; i++)
    {
      TafelGeeltje *old = old_geeltjes->pdata[i];
      g_autoptr(GArray) eis_ids = NULL;

      if (g_str_equal (tafel_geeltje_get_status (old), "open") ||
          tafel_geeltje_get_deelproduct_id (old) != tafel_geeltje_get_deelproduct_id (geeltje) ||
          !g_str_equal (tafel_geeltje_get_kind (old), tafel_geeltje_get_kind (geeltje)) ||
          !g_str_equal (tafel_geeltje_get_text (old), tafel_geeltje_get_text (geeltje)))
        continue;

      eis_ids = tafel_geeltje_dup_eis_ids (self->store, old, error);
      if (eis_ids == NULL)
        return FALSE;
      if (eis_ids->len == 0 && !g_str_equal (tafel_geeltje_get_status (old), "niet_verwerkt"))
        return TRUE;   /* its requirements are gone: it is open again */
      return tafel_geeltje_verwerk (self->store, geeltje, tafel_geeltje_get_status (old),
                                    (const gint64 *) eis_ids->data, eis_ids->len,
                                    tafel_geeltje_get_reason (old), error);
    }
  return TRUE;
}

static gboolean
insert_items (TafelUitvraagImport *self,
              gint64               inlevering_id,
              GPtrArray           *old_geeltjes,
              GError             **error)
{
  for (guint i = 0; i < self->geeltjes->len; i++)
    {
      ImportGeeltje *g = &g_array_index (self->geeltjes, ImportGeeltje, i);
      g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (self->traject_id);

      g_object_set (geeltje, "sessie-id", self->sessie_id, "deelproduct-id", g->deelproduct_id,
                    "kind", g->kind, "text", g->text, "organisatie-id", self->organisatie_id,
                    "inlevering-id", inlevering_id, "herkomst", g->herkomst, NULL);
      if (!tafel_store_insert (self->store, geeltje, error) ||
          !carry_over (self, geeltje, old_geeltjes, error))
        return FALSE;
    }
  for (guint i = 0; i < self->aanbod->len; i++)
    {
      ImportAanbod *a = &g_array_index (self->aanbod, ImportAanbod, i);
      g_autoptr(TafelAanbod) aanbod = tafel_aanbod_new (self->traject_id);

      g_object_set (aanbod, "organisatie-id", self->organisatie_id, "deelproduct-id", a->deelproduct_id,
                    "title", a->title, "description", a->description, "fit", a->fit,
                    "fit-reason", a->fit_reason, "evidence", a->evidence,
                    "inlevering-id", inlevering_id, "herkomst", a->herkomst, NULL);
      if (!tafel_store_insert (self->store, aanbod, error))
        return FALSE;
    }
  for (guint i = 0; i < self->intensiteit->len; i++)
    {
      ImportIntensiteit *v = &g_array_index (self->intensiteit, ImportIntensiteit, i);
      g_autoptr(TafelIntensiteit) row = tafel_intensiteit_new (self->traject_id);

      set_proposal_origin (row, self, v->deelproduct_id, inlevering_id, v->herkomst);
      g_object_set (row, "niveau", v->niveau, "uren", v->uren, "duur", v->duur,
                    "toelichting", v->toelichting, NULL);
      if (!tafel_store_insert (self->store, row, error))
        return FALSE;
    }
  for (guint i = 0; i < self->mixen->len; i++)
    {
      ImportMix *mix = self->mixen->pdata[i];

      for (guint j = 0; j < mix->lines->len; j++)
        {
          TafelMixInvoer *line = &g_array_index (mix->lines, TafelMixInvoer, j);
          g_autoptr(TafelMixregel) row = tafel_mixregel_new (self->traject_id);
          const char *niveau = line->opleidingsniveau;

          if (niveau == NULL)
            {
              g_autoptr(TafelFunctieprofiel) profiel =
                tafel_store_get (self->store, TAFEL_TYPE_FUNCTIEPROFIEL, line->functieprofiel_id, error);

              if (profiel == NULL)
                return FALSE;
              niveau = g_intern_string (tafel_functieprofiel_get_opleidingsniveau (profiel));
            }
          set_proposal_origin (row, self, mix->deelproduct_id, inlevering_id, mix->herkomst->pdata[j]);
          g_object_set (row, "functieprofiel-id", line->functieprofiel_id, "opleidingsniveau", niveau,
                        "aandeel", line->aandeel, "tijdsoort", line->tijdsoort, NULL);
          if (!tafel_store_insert (self->store, row, error))
            return FALSE;
        }
    }
  for (guint i = 0; i < self->groepen->len; i++)
    {
      ImportGroep *g = &g_array_index (self->groepen, ImportGroep, i);
      g_autoptr(TafelGroepsparameters) row = tafel_groepsparameters_new (self->traject_id);

      set_proposal_origin (row, self, g->deelproduct_id, inlevering_id, g->herkomst);
      for (guint k = 0; k < TAFEL_N_GROEP; k++)
        {
          g_autofree char *property = g_strdelimit (g_strdup (tafel_groep_kolommen[k]), "_", '-');

          g_object_set (row, property, g->values[k], NULL);
        }
      if (!tafel_store_insert (self->store, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_organisatie (TafelUitvraagImport *self,
                    GError             **error)
{
  g_autoptr(TafelOrganisatie) organisatie = NULL;

  if (self->organisatie_id != 0)
    return TRUE;
  organisatie = tafel_store_find_by_name (self->store, TAFEL_TYPE_ORGANISATIE, self->traject_id,
                                          self->organisatie_name);
  if (organisatie == NULL)
    {
      organisatie = tafel_organisatie_new (self->traject_id);
      g_object_set (organisatie, "name", self->organisatie_name, NULL);
      if (!tafel_store_insert (self->store, organisatie, error))
        return FALSE;
    }
  self->organisatie_id = tafel_entity_get_id (TAFEL_ENTITY (organisatie));
  return TRUE;
}

static char *
join_errors (TafelUitvraagImport *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->errors->len; i++)
    {
      const TafelImportFout *fout = self->errors->pdata[i];

      if (text->len + strlen (fout->message) > 190000)
        break;
      g_string_append_printf (text, "%s%s", i ? "\n" : "", fout->message);
    }
  return g_string_free (text, FALSE);
}

static guint
count_items (TafelUitvraagImport *self)
{
  guint n = self->geeltjes->len + self->aanbod->len + self->intensiteit->len + self->groepen->len;

  for (guint i = 0; i < self->mixen->len; i++)
    n += ((ImportMix *) self->mixen->pdata[i])->lines->len;
  return n;
}

gboolean
tafel_uitvraag_import_apply (TafelUitvraagImport  *self,
                             gboolean              accept_errors,
                             gint64               *inlevering_id,
                             GError              **error)
{
  g_autoptr(TafelInlevering) inlevering = NULL;
  g_autoptr(GPtrArray) old_geeltjes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *fouten = NULL;
  g_autofree char *basename = NULL;
  gint64 organisatie_id;
  gint64 id;

  g_return_val_if_fail (self != NULL, FALSE);

  if (inlevering_id != NULL)
    *inlevering_id = 0;
  basename = g_path_get_basename (self->path);
  organisatie_id = self->organisatie_id;

  if (!tafel_store_begin_batch (self->store, error))
    return FALSE;
  /* another import may have come in (or been undone) since this file was read */
  if (!ensure_organisatie (self, error) ||
      !_tafel_import_decide_action (self, error))
    goto fail;
  /* unchanged: its organisation was found, not made (a new one has no returns) */
  if (self->action == TAFEL_IMPORT_UNCHANGED)
    {
      tafel_store_rollback_batch (self->store);
      return TRUE;
    }
  if (self->errors->len > 0 && !accept_errors)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u error. Correct the file, or import its valid rows only.",
                                "“%s” has %u errors. Correct the file, or import its valid rows only.",
                                self->errors->len),
                   basename, self->errors->len);
      goto fail;
    }

  fouten = join_errors (self);
  inlevering = tafel_inlevering_new (self->traject_id);
  g_object_set (inlevering,
                "sessie-id", self->sessie_id, "organisatie-id", self->organisatie_id,
                "uitvraag-id", self->uitvraag_id, "bestand", self->path, "sha256", self->sha256,
                "inhoud", self->inhoud, "gewijzigd", self->gewijzigd, "status", "actief",
                "vervangt-id", self->action == TAFEL_IMPORT_REPLACE ? self->vervangt_id : 0,
                "n-items", (gint64) count_items (self), "n-fouten", (gint64) self->errors->len,
                "fouten", fouten, "advies", self->advies, "onderwerpen", self->onderwerpen,
                "vragen", self->vragen, NULL);
  if (!tafel_store_insert (self->store, inlevering, error))
    goto fail;
  id = tafel_entity_get_id (TAFEL_ENTITY (inlevering));

  if (self->action == TAFEL_IMPORT_REPLACE && !replace_earlier (self, id, old_geeltjes, error))
    goto fail;
  if (!replace_room_proposals (self, id, error) ||
      !insert_items (self, id, old_geeltjes, error))
    goto fail;

  if (!tafel_store_commit_batch (self->store, error))
    return FALSE;

  /* reading it again now would find it imported */
  self->action = TAFEL_IMPORT_UNCHANGED;
  self->vervangt_id = id;
  g_free (self->vervangt_when);
  self->vervangt_when = g_strdup (tafel_inlevering_get_created_at (inlevering));
  g_free (self->vervangt_file);
  self->vervangt_file = g_strdup (basename);
  self->older_than_active = FALSE;
  if (inlevering_id != NULL)
    *inlevering_id = id;
  return TRUE;

fail:
  tafel_store_rollback_batch (self->store);
  self->organisatie_id = organisatie_id;
  return FALSE;
}

/* ---- undo ----------------------------------------------------------- */

/* Whether a live proposal now holds the key (organisation, session,
 * deelproduct, and level for intensity) of the deleted proposal @row: a
 * proposal entered in the room after the import, which undo keeps. */
static gboolean
key_is_taken (TafelStore  *store,
              guint        t,
              TafelEntity *row,
              gboolean    *taken,
              GError     **error)
{
  gint64 ints[3] = {
    tafel_entity_get_int (row, "organisatie_id"),
    tafel_entity_get_int (row, "sessie_id"),
    tafel_entity_get_int (row, "deelproduct_id"),
  };
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE organisatie_id = ?1 AND sessie_id = ?2"
                                          " AND deelproduct_id = ?3 AND bron = 'voorstel'"
                                          " AND deleted_at IS NULL%s",
                                          import_tables[t].table, t == 2 ? " AND niveau = ?4" : "");
  g_autoptr(GArray) ids = select_ids (store, sql, ints, 3, t == 2 ? tafel_entity_get_string (row, "niveau") : NULL,
                                      error);

  if (ids == NULL)
    return FALSE;
  *taken = ids->len > 0;
  return TRUE;
}

/* Brings back what the import replaced; a proposal only when no newer
 * one (entered in the room since) took its place. All keys are looked at
 * before anything is restored, so a mix of several lines comes back whole. */
static gboolean
restore_replaced (TafelStore *store,
                  gint64      inlevering_id,
                  GError    **error)
{
  for (guint t = 0; t < G_N_ELEMENTS (import_tables); t++)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) ids = select_ids (store,
                                          "SELECT rij_id FROM inlevering_vervangen WHERE inlevering_id = ?1 AND tabel = ?2",
                                          &inlevering_id, 1, import_tables[t].table, error);

      if (ids == NULL)
        return FALSE;
      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(GError) gone = NULL;
          TafelEntity *row = tafel_store_get_deleted (store, import_tables[t].get_type (),
                                                      g_array_index (ids, gint64, i), &gone);
          gboolean taken = FALSE;

          /* purged, or brought back already: nothing to restore */
          if (row == NULL)
            continue;
          if (t >= 2 && !key_is_taken (store, t, row, &taken, error))
            {
              g_object_unref (row);
              return FALSE;
            }
          if (taken)
            g_object_unref (row);
          else
            g_ptr_array_add (rows, row);
        }
      for (guint i = 0; i < rows->len; i++)
        if (!tafel_store_restore (store, rows->pdata[i], error))
          return FALSE;
    }
  return TRUE;
}

gboolean
tafel_uitvraag_import_undo (TafelStore *store,
                            gint64      inlevering_id,
                            GError    **error)
{
  g_autoptr(TafelInlevering) inlevering = NULL;
  g_autoptr(TafelInlevering) earlier = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);

  inlevering = tafel_store_get (store, TAFEL_TYPE_INLEVERING, inlevering_id, error);
  if (inlevering == NULL)
    return FALSE;
  basename = g_path_get_basename (tafel_inlevering_get_bestand (inlevering));
  if (!g_str_equal (tafel_inlevering_get_status (inlevering), "actief"))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   g_str_equal (tafel_inlevering_get_status (inlevering), "vervangen")
                   ? _("The import of “%s” cannot be undone: a newer return replaced it. Undo that one first.")
                   : _("The import of “%s” was undone already."),
                   basename);
      return FALSE;
    }

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (import_tables); t++)
    {
      /* a proposal changed in the room since the import is the room's now */
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE inlevering_id = ?1 AND deleted_at IS NULL%s",
                                              import_tables[t].table,
                                              t >= 2 ? " AND modified_at = created_at" : "");
      g_autoptr(GArray) ids = select_ids (store, sql, &inlevering_id, 1, NULL, error);

      if (ids == NULL)
        goto fail;
      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(TafelEntity) row = tafel_store_get (store, import_tables[t].get_type (),
                                                        g_array_index (ids, gint64, i), error);

          if (row == NULL || !tafel_store_delete (store, row, error))
            goto fail;
        }
    }

  if (!restore_replaced (store, inlevering_id, error))
    goto fail;

  if (tafel_inlevering_get_vervangt_id (inlevering) != 0)
    {
      earlier = tafel_store_get (store, TAFEL_TYPE_INLEVERING, tafel_inlevering_get_vervangt_id (inlevering), NULL);
      if (earlier != NULL && g_str_equal (tafel_inlevering_get_status (earlier), "vervangen") &&
          !tafel_store_set_string (store, earlier, "status", "actief", error))
        goto fail;
    }
  if (!tafel_store_set_string (store, inlevering, "status", "ongedaan", error))
    goto fail;

  return tafel_store_commit_batch (store, error);

fail:
  tafel_store_rollback_batch (store);
  return FALSE;
}
