-- AlterEnum
ALTER TYPE "Topic" ADD VALUE 'economy';
