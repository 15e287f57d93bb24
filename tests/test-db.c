/* test-db.c: placeholder, to be written */
#include <glib.h>

static void
test_todo (void)
{
  g_test_skip ("not written yet");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/db/todo", test_todo);
  return g_test_run ();
}
