/* The benchmark's I/O floor: writes the files a packet holds (same folders, names and
 * sizes, no rendering) with 1 or 2 threads, each thread taking whole folders as perfplan's
 * workers take employees; files are created as perfplan creates them (openat in the open
 * folder, O_EXCL, 0600). A C program, because Python's own cost per file was most of what
 * it measured (1.0-1.4 s against 0.3 s here for the 10 000-employee packet).
 *
 * io-floor LIST DEST THREADS, where LIST has one line "folder<TAB>name<TAB>size" per file,
 * sorted by folder; folders are relative to DEST. Prints the seconds taken. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct { char *folder; char *name; long size; int number; } entry;

static entry *entries;
static int count, threads;
static const char *dest;
static char *content;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *work(void *arg) {
    long k = (long)arg;
    int folder = -1, dir = -1;
    char path[4096];
    for (int i = 0; i < count; i++) {
        if (entries[i].number % threads != k) continue;
        if (entries[i].number != folder) {
            if (dir >= 0) close(dir);
            snprintf(path, sizeof path, "%s/%s", dest, entries[i].folder);
            mkdir(path, 0700);
            dir = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            folder = entries[i].number;
        }
        int fd = openat(dir, entries[i].name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) { perror(entries[i].name); exit(1); }
        for (long done = 0; done < entries[i].size;) {
            long n = write(fd, content + done, entries[i].size - done);
            if (n <= 0) { perror("write"); exit(1); }
            done += n;
        }
        close(fd);
    }
    if (dir >= 0) close(dir);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: io-floor LIST DEST THREADS\n"); return 2; }
    FILE *list = fopen(argv[1], "r");
    if (!list) { perror(argv[1]); return 1; }
    dest = argv[2];
    threads = atoi(argv[3]);
    if (threads < 1 || threads > 64) threads = 1;
    int capacity = 1024, number = -1;
    long largest = 1;
    entries = malloc(sizeof(entry) * capacity);
    char line[8192], last[4096] = "";
    while (fgets(line, sizeof line, list)) {
        char *folder = strtok(line, "\t"), *name = strtok(NULL, "\t"), *size = strtok(NULL, "\t\n");
        if (!folder || !name || !size) continue;
        if (count == capacity) entries = realloc(entries, sizeof(entry) * (capacity *= 2));
        if (strcmp(folder, last) != 0) { number++; snprintf(last, sizeof last, "%s", folder); }
        entries[count] = (entry){strdup(folder), strdup(name), atol(size), number};
        if (entries[count].size > largest) largest = entries[count].size;
        count++;
    }
    content = malloc(largest);
    memset(content, 'x', largest);
    mkdir(dest, 0700);
    /* Parent folders first (the month folder, employees/), as perfplan makes them. */
    for (int i = 0; i < count; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dest, entries[i].folder);
        for (char *p = path + strlen(dest) + 1; (p = strchr(p, '/')); p++) { *p = 0; mkdir(path, 0700); *p = '/'; }
    }
    double start = now();
    pthread_t t[64];
    for (long k = 0; k < threads; k++) pthread_create(&t[k], NULL, work, (void *)k);
    for (int k = 0; k < threads; k++) pthread_join(t[k], NULL);
    printf("%.2f\n", now() - start);
    return 0;
}
