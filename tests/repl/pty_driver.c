/* pty_driver.c: drives `eddy`'s interactive prompt through a
 * pseudo-terminal, as a user at a terminal would.
 *
 *   pty_driver EDDY SCRIPT TRANSCRIPT
 *
 * runs EDDY (no arguments) on a new pseudo-terminal and follows SCRIPT,
 * one command a line (after `status`, the next command starts EDDY
 * again, so one script can test what a session leaves to the next):
 *
 *   send TEXT     types TEXT (escapes: \n \t \\ \xHH, e.g. \x04 = Ctrl-D)
 *   expect TEXT   waits until the terminal has shown TEXT after what the
 *                 last expect matched (same escapes)
 *   status N      waits for eddy to end and checks its exit status
 *   # ...         a comment
 *
 * Everything the terminal showed is written to TRANSCRIPT. Each wait
 * gives up after 20 seconds (PTY_TIMEOUT_MS overrides), so only a hung
 * program fails on time. Exit
 * status 0 when every command succeeded, 1 otherwise (with the reason on
 * stderr).
 */
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TIMEOUT_MS 20000

/* The wait before giving up: TIMEOUT_MS, or PTY_TIMEOUT_MS from the
 * environment (the stress build, which collects on every allocation,
 * needs longer). */
static long timeout_ms(void) {
  const char *env = getenv("PTY_TIMEOUT_MS");
  long ms = env ? strtol(env, NULL, 10) : 0;
  return ms > 0 ? ms : TIMEOUT_MS;
}

typedef struct Driver {
  int fd;          /* the terminal's master side */
  pid_t pid;       /* eddy */
  char *seen;      /* everything the terminal showed (malloc'd) */
  size_t len;      /* bytes in [seen] */
  size_t matched;  /* where the next expect starts looking */
  bool exited;     /* eddy has ended (its terminal closed) */
} Driver;

/* Decodes the escapes of [text] in place; returns the new length. */
static size_t unescape(char *text) {
  size_t o = 0;
  for (size_t i = 0; text[i]; i++) {
    char c = text[i];
    if (c == '\\' && text[i + 1]) {
      char e = text[++i];
      if (e == 'n') c = '\n';
      else if (e == 'r') c = '\r';
      else if (e == 't') c = '\t';
      else if (e == 'x' && text[i + 1] && text[i + 2]) {
        char hex[3] = {text[i + 1], text[i + 2], 0};
        c = (char)strtol(hex, NULL, 16);
        i += 2;
      } else c = e;
    }
    text[o++] = c;
  }
  text[o] = 0;
  return o;
}

static long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Reads what the terminal shows for up to [ms]; false at its end. */
static bool pump(Driver *d, int ms) {
  struct pollfd p = {.fd = d->fd, .events = POLLIN};
  if (poll(&p, 1, ms) <= 0) return true;
  char chunk[4096];
  ssize_t n = read(d->fd, chunk, sizeof chunk);
  if (n <= 0) {
    d->exited = true;
    return false;
  }
  d->seen = realloc(d->seen, d->len + (size_t)n + 1);
  memcpy(d->seen + d->len, chunk, (size_t)n);
  d->len += (size_t)n;
  d->seen[d->len] = 0;
  return true;
}

static bool expect(Driver *d, const char *want) {
  long deadline = now_ms() + timeout_ms();
  for (;;) {
    char *hit = d->seen ? strstr(d->seen + d->matched, want) : NULL;
    if (hit) {
      d->matched = (size_t)(hit - d->seen) + strlen(want);
      return true;
    }
    long left = deadline - now_ms();
    if (left <= 0 || d->exited) break;
    pump(d, (int)left);
  }
  fprintf(stderr, "expected \"%s\"; the terminal showed after the last "
                  "match:\n%s\n", want, d->seen ? d->seen + d->matched : "");
  return false;
}

static bool send_text(Driver *d, const char *text, size_t len) {
  for (size_t i = 0; i < len;) {
    ssize_t n = write(d->fd, text + i, len - i);
    if (n < 0 && errno != EINTR) return false;
    if (n > 0) i += (size_t)n;
    pump(d, 0);
  }
  return true;
}

static bool check_status(Driver *d, int want) {
  long deadline = now_ms() + timeout_ms();
  int status;
  while (waitpid(d->pid, &status, WNOHANG) == 0) {
    if (now_ms() > deadline) {
      fprintf(stderr, "eddy did not exit\n");
      return false;
    }
    if (!pump(d, 50) || d->exited) usleep(10000);
  }
  d->pid = -1;
  close(d->fd);
  int got = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (got == want) return true;
  fprintf(stderr, "exit status %d, expected %d\n", got, want);
  return false;
}

/* Starts [eddy] on a new pseudo-terminal. */
static bool start(Driver *d, const char *eddy) {
  struct winsize ws = {.ws_row = 24, .ws_col = 200};
  d->exited = false;
  d->pid = forkpty(&d->fd, NULL, NULL, &ws);
  if (d->pid < 0) {
    perror("forkpty");
    return false;
  }
  if (d->pid == 0) {
    setenv("TERM", "dumb", 1);
    setenv("INPUTRC", "/dev/null", 1);
    execl(eddy, eddy, (char *)NULL);
    _exit(127);
  }
  return true;
}

/* Runs one command line of the script. */
static bool run_command(Driver *d, char *line, const char *eddy) {
  size_t n = strlen(line);
  if (n && line[n - 1] == '\n') line[--n] = 0;
  if (!n || line[0] == '#') return true;
  if (d->pid < 0 && !start(d, eddy)) return false;
  if (!strncmp(line, "send ", 5)) {
    size_t len = unescape(line + 5);
    return send_text(d, line + 5, len);
  }
  if (!strncmp(line, "expect ", 7)) {
    unescape(line + 7);
    return expect(d, line + 7);
  }
  if (!strncmp(line, "status ", 7)) return check_status(d, atoi(line + 7));
  fprintf(stderr, "unknown command: %s\n", line);
  return false;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: pty_driver EDDY SCRIPT TRANSCRIPT\n");
    return 2;
  }
  FILE *script = fopen(argv[2], "r");
  if (!script) {
    perror(argv[2]);
    return 2;
  }
  Driver d = {.pid = -1, .fd = -1};
  char line[4096];
  bool ok = true;
  while (ok && fgets(line, sizeof line, script))
    ok = run_command(&d, line, argv[1]);
  fclose(script);
  if (d.pid > 0) {
    kill(d.pid, SIGKILL);
    waitpid(d.pid, NULL, 0);
  }
  FILE *out = fopen(argv[3], "w");
  if (out) {
    if (d.seen) fwrite(d.seen, 1, d.len, out);
    fclose(out);
  }
  free(d.seen);
  return ok ? 0 : 1;
}
