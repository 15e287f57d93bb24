/* tafel-test-util.c: shared helpers for the test programs */
#define _GNU_SOURCE  /* setresuid() */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tafel-template.h"
#include "tafel-test-util.h"

char *
tafel_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tafel-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
tafel_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_chmod (path, 0600);
      g_remove (path);
      return;
    }

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      tafel_test_remove_tree (child);
    }
  g_rmdir (path);
}

TafelStore *
tafel_test_open_store (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  TafelStore *store = tafel_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

TafelTraject *
tafel_test_create_traject (TafelStore *store,
                           const char *template_id,
                           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTemplate) tpl = tafel_template_load (template_id, &error);
  TafelTraject *traject;

  g_assert_no_error (error);
  traject = tafel_template_instantiate (tpl, store, name, "Regio Test", &error);
  g_assert_no_error (error);
  g_assert_nonnull (traject);
  return traject;
}

/* Switches messages to Dutch, from the catalogue built in this tree
 * ($TAFEL_LOCALEDIR). Returns FALSE, after marking the test skipped, when
 * the nl_NL.UTF-8 locale is not installed on this machine. */
gboolean
tafel_test_use_dutch (void)
{
  const char *localedir = g_getenv ("TAFEL_LOCALEDIR");

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed");
      return FALSE;
    }

  g_setenv ("LANGUAGE", "nl", TRUE);
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return TRUE;
}

/* Undoes tafel_test_use_dutch(): back to the C.UTF-8 locale of the test
 * environment, so that later tests in the same program see English. */
void
tafel_test_use_english (void)
{
  g_setenv ("LANGUAGE", "", TRUE);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");
}

/* Runs @func(@data) with the rights of an ordinary user, so that read-only
 * files and folders refuse writes: as root (as in CI containers), switch
 * to "nobody" for the call and back afterwards (the saved user id stays
 * root). @dir, the test's folder, gets read and search rights for everyone
 * so that nobody can reach what is in it.
 * Returns FALSE, without calling @func, when that is not possible here. */
gboolean
tafel_test_run_as_nobody (const char *dir,
                          void      (*func) (gpointer data),
                          gpointer    data)
{
  const uid_t nobody = 65534;
  GStatBuf st;

  if (geteuid () != 0)
    {
      func (data);
      return TRUE;
    }

  if (g_stat (dir, &st) != 0 || g_chmod (dir, (st.st_mode & 07777) | 0555) != 0 ||
      setresuid (nobody, nobody, 0) != 0)
    return FALSE;

  func (data);

  if (setresuid (0, 0, 0) != 0)
    g_error ("cannot return to root: %s", g_strerror (errno));
  return TRUE;
}
